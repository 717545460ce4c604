namespace SkillShare.Bot.Tests.Channels.Telegram;

public class TelegramPollingTests
{
    [Fact]
    public async Task Poll_ApiFailing_BacksOffOneThenTwoSeconds()
    {
        await using var harness = new SenderHarness();
        harness.Api.FailNext("getUpdates", 502, "Bad Gateway");
        harness.Api.FailNext("getUpdates", 502, "Bad Gateway");
        harness.Api.FailNext("getUpdates", 502, "Bad Gateway");

        await harness.Channel.StartAsync(CancellationToken.None);
        await harness.WaitForCallsAsync(1, "getUpdates");
        await SenderHarness.SettleAsync();
        var afterFirstFailure = harness.Count("getUpdates");
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.WaitForCallsAsync(2, "getUpdates");
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await SenderHarness.SettleAsync();
        var oneSecondIntoSecondBackoff = harness.Count("getUpdates");
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.WaitForCallsAsync(3, "getUpdates");
        await harness.Channel.StopAsync(CancellationToken.None);

        Assert.Equal(1, afterFirstFailure);
        Assert.Equal(2, oneSecondIntoSecondBackoff);
        Assert.Equal(3, harness.Count("getUpdates"));
    }

    [Fact]
    public async Task Poll_EmptyBatchAnsweredAtOnce_WaitsBeforeAskingAgain()
    {
        await using var harness = new SenderHarness();

        await harness.Channel.StartAsync(CancellationToken.None);
        await harness.WaitForCallsAsync(1, "getUpdates");
        await SenderHarness.SettleAsync();
        var beforeFloor = harness.Count("getUpdates");
        harness.Time.Advance(TimeSpan.FromMilliseconds(200));
        await harness.WaitForCallsAsync(2, "getUpdates");
        await harness.Channel.StopAsync(CancellationToken.None);

        Assert.Equal(1, beforeFloor);
        Assert.True(harness.Count("getUpdates") >= 2);
    }

    [Fact]
    public async Task Start_PollingMode_DeletesWebhookAndRegistersCommandsInBothLanguages()
    {
        await using var harness = new SenderHarness();

        await harness.Channel.StartAsync(CancellationToken.None);
        await harness.WaitForCallsAsync(1, "getUpdates");
        await harness.Channel.StopAsync(CancellationToken.None);

        Assert.Single(harness.Api.CallsTo("deleteWebhook"));
        var commands = harness.Api.CallsTo("setMyCommands");
        Assert.Equal(2, commands.Count);
        Assert.Contains(commands, c => c.Body["language_code"]?.GetValue<string>() == "zh"
            && c.Body["commands"]!.AsArray().Any(x => x!["description"]!.GetValue<string>() == "发布技能服务"));
    }

    [Fact]
    public async Task Start_CommandsRefused_StillDeletesWebhookAndPolls()
    {
        await using var harness = new SenderHarness();
        harness.Api.FailNext("setMyCommands", 400, "Bad Request: command description is too long");

        await harness.Channel.StartAsync(CancellationToken.None);
        await harness.WaitForCallsAsync(1, "getUpdates");
        await harness.Channel.StopAsync(CancellationToken.None);

        Assert.Single(harness.Api.CallsTo("deleteWebhook"));
        Assert.True(harness.Count("getUpdates") >= 1);
    }
}
