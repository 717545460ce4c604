using SkillShare.Bot.Matching;

namespace SkillShare.Bot.Tests.Matching;

public sealed class PushSettingsTests : IDisposable
{
    private readonly MatchingChat _market = new();

    [Fact]
    public async Task Alerts_FromSettings_SavesDigestAndQuietHours()
    {
        await _market.JoinAsync(MatchingChat.Freelancer, "Fay", "+49 30 1111111");

        await _market.Chat.CommandAsync("settings");
        await _market.Chat.PressAsync("m.alerts");
        await _market.Chat.PressAsync("d");
        await _market.Chat.PressAsync("q.23.8");

        var push = _market.MemberOf(MatchingChat.Freelancer).Push;
        Assert.True(push.DailyDigest);
        Assert.Equal(23, push.QuietFrom);
        Assert.Equal(8, push.QuietTo);
        Assert.Contains("Notification settings saved.", _market.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishRequest_FreelancerInQuietHours_PushIsDueWhenTheyEndInTheirZone()
    {
        await _market.SetUpMarketAsync();
        _market.Chat.UserId = MatchingChat.Freelancer;
        await _market.Chat.CommandAsync("alerts");
        await _market.Chat.PressAsync("i");
        await _market.Chat.PressAsync("q.22.7");
        _market.Chat.Clock.Advance(TimeSpan.FromHours(10.5));

        await _market.PublishRequestAsync(MatchingChat.Client);

        var outbox = _market.Outbox();
        var push = Assert.Single(outbox, m => m.Kind == MatchKinds.RequestForFreelancer);
        var shortlist = Assert.Single(outbox, m => m.Kind == MatchKinds.ShortlistForClient);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), push.DueAt);
        Assert.Equal(_market.Chat.Clock.GetUtcNow(), shortlist.DueAt);
    }

    public void Dispose() => _market.Dispose();
}
