using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsEndpointTests : TeamsHostTestBase
{
    [Fact]
    public async Task Post_BodyOver256KB_Returns413()
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, new string('x', 300 * 1024));

        var response = await PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Host.Engine.Turns);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400WithReason()
    {
        using var content = new StringContent("{\"type\":\"message\",", Encoding.UTF8, "application/json");

        var response = await PostRawAsync(content, Key.Mint(new TokenSpec(ServiceUrl)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed JSON", await ReasonAsync(response));
    }

    [Fact]
    public async Task Post_TypeMissing_Returns400WithReason()
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "hello");
        activity.Remove("type");

        var response = await PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("activity type missing", await ReasonAsync(response));
    }

    [Fact]
    public async Task Post_ServiceUrlMissing_Returns400WithReason()
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "hello");
        activity.Remove("serviceUrl");

        var response = await PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("serviceUrl missing", await ReasonAsync(response));
    }

    [Fact]
    public async Task Post_MessageWithoutSender_Returns400AndRunsNoTurn()
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "hello");
        activity.Remove("from");

        var response = await PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("from.id missing", await ReasonAsync(response));
    }

    [Fact]
    public async Task Post_PlainHttpServiceUrlOffLoopback_Returns400()
    {
        var serviceUrl = "http://smba.trafficmanager.net/amer/";
        var activity = TeamsActivities.PersonalMessage(serviceUrl, "hello");

        var response = await PostAsync(activity, Key.Mint(new TokenSpec(serviceUrl)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(BotFramework.Calls);
    }

    [Fact]
    public async Task Post_UnhandledActivityType_Returns200AndRunsNoTurn()
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "");
        activity["type"] = "messageReaction";

        var response = await PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Host.Engine.Turns);
    }

    [Fact]
    public async Task Post_TenantChangesWithinConversation_Returns403AndRunsNoTurn()
    {
        await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "first"));
        var second = TeamsActivities.PersonalMessage(ServiceUrl, "second", "1733300000009");
        second["conversation"]!["tenantId"] = "other-tenant";
        second["channelData"]!["tenant"]!["id"] = "other-tenant";

        var response = await PostSignedAsync(second);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(Host.Engine.Turns);
    }

    private static async Task<string?> ReasonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())?["error"]?.GetValue<string>();
}
