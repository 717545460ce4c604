using SkillShare.Bot.Tests.Notifications.FanOut;

namespace SkillShare.Bot.Tests.Notifications;

/// <summary>
/// Fan-out through the real outbox, dispatcher and Telegram sender against a Bot API that refuses
/// more than its limit in any second. Correctness only; the timing figure is bench/ FanOutBenchmarks.
/// </summary>
public sealed class FanOutTests
{
    private const int Chats = 200;

    [Fact]
    public async Task Dispatcher_TwoHundredChatsAgainstRateLimitedApi_EachChatGetsExactlyOneMessageAndNo429()
    {
        await using var run = await FanOutRun.PrepareAsync(Chats, apiPerSecond: 120, senderPerSecond: 100);

        var figures = await run.RunAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, figures.TooManyRequests);
        Assert.Equal(Chats, figures.OutboxSent);
        Assert.Equal(
            Enumerable.Range(0, Chats).Select(i => FanOutRun.FirstChatId + i),
            run.Api.Deliveries.Keys.Order());
        Assert.All(run.Api.Deliveries.Values, count => Assert.Equal(1, count));
    }
}
