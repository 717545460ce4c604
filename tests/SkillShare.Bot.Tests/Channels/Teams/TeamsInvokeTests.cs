using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsInvokeTests : TeamsHostTestBase
{
    protected override TimeSpan InvokeBudget => TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Invoke_ActionExecute_AnswersWithTheCardInTheSameResponse()
    {
        var invoke = TeamsActivities.ExecuteInvoke(ServiceUrl, new JsonObject { ["skillshareKey"] = "req:pause" });

        var response = await PostSignedAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, body?["statusCode"]?.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body?["type"]?.GetValue<string>());
        Assert.Equal("AdaptiveCard", body?["value"]?["type"]?.GetValue<string>());
        Assert.Equal(new ButtonInput("req:pause"), Assert.Single(Host.Engine.Turns).Input);
        Assert.Empty(BotFramework.Calls);
    }

    [Fact]
    public async Task Invoke_SlowTurn_AnswersWorkingNowAndSendsTheResultProactively()
    {
        Host.Engine.Delay = TimeSpan.FromSeconds(1);
        var invoke = TeamsActivities.ExecuteInvoke(ServiceUrl, new JsonObject { ["skillshareKey"] = "req:publish" });

        var response = await PostSignedAsync(invoke);

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("Working on it", body?["value"]?.ToJsonString(), StringComparison.Ordinal);
        var call = Assert.Single(await BotFramework.WaitForCallsAsync(1));
        Assert.Equal($"/v3/conversations/{TeamsActivities.PersonalConversation}/activities",
            Uri.UnescapeDataString(call.Path));
        Assert.Contains("pressed req:publish", call.Card?.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_WithoutOurData_Returns400InvokeError()
    {
        var invoke = TeamsActivities.ExecuteInvoke(ServiceUrl, new JsonObject { ["something"] = "else" });

        var response = await PostSignedAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.error", body?["type"]?.GetValue<string>());
        Assert.Empty(Host.Engine.Turns);
    }
}
