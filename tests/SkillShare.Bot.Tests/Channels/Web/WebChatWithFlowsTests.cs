using System.Text.Json;

namespace SkillShare.Bot.Tests.Channels.Web;

public sealed class WebChatWithFlowsTests(RealEngineHostFactory factory) : IClassFixture<RealEngineHostFactory>
{
    private async Task<WebClient> StartAsync()
    {
        var client = new WebClient(factory.CreateClient());
        await client.StartAsync();
        return client;
    }

    private static string Key(JsonElement reply, string label) =>
        reply.GetProperty("buttons").EnumerateArray().SelectMany(row => row.EnumerateArray())
            .First(b => b.GetProperty("label").GetString() == label).GetProperty("key").GetString()!;

    [Fact]
    public async Task PostButton_FromAnOldMessage_GetsNoLongerCurrentInTheChat()
    {
        var client = await StartAsync();
        var start = await WebClient.RepliesAsync(await client.TextAsync("freelancer", "/start"));
        var english = Key(start[^1], "English");
        await client.PostAsync("/web/api/panes/freelancer/button",
            new { deliveryId = WebClient.NewDeliveryId(), key = english });

        var again = await WebClient.RepliesAsync(await client.PostAsync("/web/api/panes/freelancer/button",
            new { deliveryId = WebClient.NewDeliveryId(), key = english }));

        Assert.Contains("no longer current", again[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostButton_UnknownKey_GetsAClearChatReply()
    {
        var client = await StartAsync();
        await client.TextAsync("client", "/start");

        var replies = await WebClient.RepliesAsync(await client.PostAsync("/web/api/panes/client/button",
            new { deliveryId = WebClient.NewDeliveryId(), key = "99:nonsense" }));

        Assert.Contains("no longer current", replies[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostText_ChineseSession_FlowsAnswerInChinese()
    {
        var client = await StartAsync();
        await client.PostAsync("/web/api/language", new { language = "zh" });

        var replies = await WebClient.RepliesAsync(await client.TextAsync("client", "/start"));

        Assert.Contains("SkillShare", replies[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(replies, r => r.GetProperty("text").GetString()!.Any(c => c >= '\u4e00' && c <= '\u9fff'));
    }
}
