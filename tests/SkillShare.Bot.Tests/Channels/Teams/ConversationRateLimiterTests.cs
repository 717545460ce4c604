using Microsoft.Extensions.Time.Testing;
using SkillShare.Bot.Channels.Teams.Connector;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class ConversationRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryTake_EighthSendWithinOneSecond_MustWait()
    {
        var limiter = new ConversationRateLimiter(_time);
        for (var i = 0; i < 7; i++)
            Assert.Null(limiter.TryTake("a"));

        var wait = limiter.TryTake("a");

        Assert.Equal(TimeSpan.FromSeconds(1), wait);
    }

    [Fact]
    public void TryTake_OtherConversation_HasItsOwnBudget()
    {
        var limiter = new ConversationRateLimiter(_time);
        for (var i = 0; i < 7; i++)
            limiter.TryTake("a");

        Assert.Null(limiter.TryTake("b"));
    }

    [Fact]
    public void TryTake_SixtyOneSendsWithin30Seconds_TheLastWaitsForTheWindow()
    {
        var limiter = new ConversationRateLimiter(_time);
        for (var i = 0; i < 60; i++)
        {
            Assert.Null(limiter.TryTake("a"));
            _time.Advance(TimeSpan.FromMilliseconds(200));
        }

        var wait = limiter.TryTake("a");

        Assert.Equal(TimeSpan.FromSeconds(18), wait);
    }

    [Fact]
    public void TryTake_1801SendsWithinAnHour_TheLastWaits()
    {
        var limiter = new ConversationRateLimiter(_time);
        for (var i = 0; i < 1800; i++)
        {
            Assert.Null(limiter.TryTake("a"));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var wait = limiter.TryTake("a");

        Assert.Equal(TimeSpan.FromSeconds(1800), wait);
    }

    [Fact]
    public void TryTake_ManyQuietConversations_AreForgottenAfterAnHour()
    {
        var limiter = new ConversationRateLimiter(_time);
        for (var i = 0; i < 1001; i++)
            limiter.TryTake($"conversation-{i}");
        _time.Advance(TimeSpan.FromHours(1));

        limiter.TryTake("fresh");

        Assert.Equal(1, limiter.TrackedConversations);
    }
}
