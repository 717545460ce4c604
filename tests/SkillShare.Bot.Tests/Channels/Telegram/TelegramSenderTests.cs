using SkillShare.Bot.Channels.Telegram;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Channels.Telegram;

public class TelegramSenderTests
{
    private const long ChatId = 4242;

    [Fact]
    public async Task SendReplyAsync_Plain_SendsHtmlMessageToChat()
    {
        await using var harness = new SenderHarness();

        var result = await harness.Sender.SendReplyAsync(ChatId, Reply.Plain("a < b"), UiLanguage.English, null,
            CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var call = Assert.Single(harness.Api.CallsTo("sendMessage"));
        Assert.Equal("a &lt; b", call.Text);
        Assert.Equal("html", call.Body["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.Equal(ChatId, call.Body["chat_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task SendReplyAsync_429WithRetryAfter_WaitsThatLongThenResends()
    {
        await using var harness = new SenderHarness();
        harness.Api.FailNextWith429("sendMessage", retryAfter: 5);

        var sending = harness.Sender.SendReplyAsync(ChatId, Reply.Plain("hi"), UiLanguage.English, null,
            CancellationToken.None);
        await harness.WaitForCallsAsync(1);
        await Task.Delay(100);
        var callsBeforeWait = harness.Api.Calls.Count;
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var result = await sending;

        Assert.Equal(1, callsBeforeWait);
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(2, harness.Api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task SendReplyAsync_429LongerThanMaxWait_ReturnsRetryLaterWithoutResending()
    {
        await using var harness = new SenderHarness();
        harness.Api.FailNextWith429("sendMessage", retryAfter: 120);

        var result = await harness.Sender.SendReplyAsync(ChatId, Reply.Plain("hi"), UiLanguage.English, null,
            CancellationToken.None);

        Assert.Equal(SendOutcome.RetryLater, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Single(harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_BotBlockedByUser_ReturnsUnreachable()
    {
        await using var harness = new SenderHarness();
        harness.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user");

        var result = await harness.Sender.SendAsync("Telegram:4242", Reply.Plain("match!"), CancellationToken.None);

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Single(harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_ChatNotFound_ReturnsRejectedWithoutRetry()
    {
        await using var harness = new SenderHarness();
        harness.Api.FailNext("sendMessage", 400, "Bad Request: chat not found");

        var result = await harness.Sender.SendAsync("Telegram:4242", Reply.Plain("match!"), CancellationToken.None);

        Assert.Equal(SendOutcome.Rejected, result.Outcome);
        Assert.Equal("Bad Request: chat not found", result.Error);
        Assert.Single(harness.Api.Calls);
    }

    [Fact]
    public async Task SendReplyAsync_EditInPlace_EditsTheSourceMessage()
    {
        await using var harness = new SenderHarness();
        var reply = new Reply { Text = "Role: client", EditInPlace = true, Buttons = [[new ReplyButton("OK", "k")]] };

        var result = await harness.Sender.SendReplyAsync(ChatId, reply, UiLanguage.English, 77, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var edit = Assert.Single(harness.Api.Calls);
        Assert.Equal("editMessageText", edit.Method);
        Assert.Equal(77, edit.Body["message_id"]!.GetValue<int>());
        Assert.Contains("\"callback_data\":\"k\"", edit.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendReplyAsync_EditNotModified_CountsAsSent()
    {
        await using var harness = new SenderHarness();
        harness.Api.FailNext("editMessageText", 400,
            "Bad Request: message is not modified: specified new message content and reply markup are " +
            "exactly the same");
        var reply = new Reply { Text = "same", EditInPlace = true };

        var result = await harness.Sender.SendReplyAsync(ChatId, reply, UiLanguage.English, 77, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Empty(harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendReplyAsync_EditRefused_SendsANewMessage()
    {
        await using var harness = new SenderHarness();
        harness.Api.FailNext("editMessageText", 400, "Bad Request: message to edit not found");
        var reply = new Reply { Text = "next", EditInPlace = true };

        var result = await harness.Sender.SendReplyAsync(ChatId, reply, UiLanguage.English, 77, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(["editMessageText", "sendMessage"], harness.Api.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task TryAcquire_PrivateChat_AllowsABurstOfThreeThenWaits()
    {
        await using var limiter = new TelegramRateLimiter();

        var granted = Enumerable.Range(0, 4).Select(_ => limiter.TryAcquire(ChatId).IsAcquired).ToArray();

        Assert.Equal([true, true, true, false], granted);
    }

    [Fact]
    public async Task TryAcquire_Group_AllowsTwentyThenWaits()
    {
        await using var limiter = new TelegramRateLimiter();

        var granted = Enumerable.Range(0, 21).Count(_ => limiter.TryAcquire(-100777).IsAcquired);

        Assert.Equal(20, granted);
    }
}
