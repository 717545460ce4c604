using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SkillShare.Bot.Localization;
using SkillShare.Core.Members;

namespace SkillShare.EndToEnd.Tests.Teams;

public sealed class TeamsDirectLineTests
{
    [Fact]
    public async Task Message_ThroughOfflineDirectLine_GetsTheBotsReplyInLocalMode()
    {
        await using var host = new LocalModeHost();
        host.StartServer();
        await using var directLine = await DirectLineEmulator.StartAsync(host.BaseUrl + "/api/messages");
        using var client = new HttpClient { BaseAddress = new Uri(directLine.BaseUrl) };
        var conversationId = await StartConversationAsync(client);

        await client.PostAsJsonAsync($"/directline/conversations/{conversationId}/activities", new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "e2e-user", ["name"] = "E2E" },
            ["locale"] = "en-US",
            ["text"] = "/start",
        });
        var reply = await WaitForBotReplyAsync(client, conversationId);

        Assert.Equal(Texts.Default.Get(UiLanguage.English, "flows.welcome"), reply["text"]?.GetValue<string>());
        Assert.NotNull(reply["replyToId"]);
        Assert.Equal(conversationId, reply["conversation"]?["id"]?.GetValue<string>());
    }

    private static async Task<string> StartConversationAsync(HttpClient client)
    {
        var response = await client.PostAsync("/directline/conversations", null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["conversationId"]!.GetValue<string>();
    }

    private static async Task<JsonObject> WaitForBotReplyAsync(HttpClient client, string conversationId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var page = await client.GetFromJsonAsync<JsonObject>(
                $"/directline/conversations/{conversationId}/activities?watermark=0");
            var fromBot = page?["activities"]?.AsArray()
                .FirstOrDefault(a => a?["from"]?["name"]?.GetValue<string>() == "Bot");
            if (fromBot is JsonObject reply)
                return reply;
            await Task.Delay(250);
        }

        throw new TimeoutException("offline-directline recorded no reply from the bot within 20 s.");
    }
}
