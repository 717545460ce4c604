using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Channels.Teams;
using SkillShare.Bot.Channels.Teams.Connector;
using SkillShare.Bot.Channels.Teams.Protocol;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class ConnectorClientTests : TeamsHostTestBase
{
    private ConnectorClient Connector => Host.Services.GetRequiredService<ConnectorClient>();

    private ConversationReference To => new(ServiceUrl, "19:abc@thread.v2", "msteams", "groupChat",
        TeamsActivities.TenantId, TeamsActivities.BotId, "SkillShare", TeamsActivities.UserId, "Ada", null, "en-US");

    [Fact]
    public async Task UpdateAsync_PutsTheActivityOverTheCard()
    {
        var activity = new BotActivity { Type = "message", Text = "Paused" };

        var result = await Connector.UpdateAsync(To, "1733299999999", activity, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var call = Assert.Single(BotFramework.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.Equal("/v3/conversations/19:abc@thread.v2/activities/1733299999999",
            Uri.UnescapeDataString(call.Path));
    }

    [Fact]
    public async Task DeleteAsync_DeletesTheActivity()
    {
        var result = await Connector.DeleteAsync(To, "1733299999999", CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("DELETE", Assert.Single(BotFramework.Calls).Method);
    }

    [Fact]
    public async Task CreateConversationAsync_PostsBotMemberAndTenantAndReturnsTheId()
    {
        var result = await Connector.CreateConversationAsync(ServiceUrl, TeamsActivities.TenantId,
            TeamsActivities.BotId, TeamsActivities.UserId, CancellationToken.None);

        var call = Assert.Single(BotFramework.Calls);
        Assert.Equal("/v3/conversations", call.Path);
        Assert.Equal(TeamsActivities.BotId, call.Body?["bot"]?["id"]?.GetValue<string>());
        Assert.Equal(TeamsActivities.UserId, call.Body?["members"]?[0]?["id"]?.GetValue<string>());
        Assert.Equal(TeamsActivities.TenantId, call.Body?["channelData"]?["tenant"]?["id"]?.GetValue<string>());
        Assert.False(call.Body?["isGroup"]?.GetValue<bool>());
        Assert.StartsWith("sent-", result.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_PlainHttpServiceUrlOffLoopback_IsRejectedWithoutACall()
    {
        var to = To with { ServiceUrl = "http://smba.trafficmanager.net/amer/" };

        var result = await Connector.SendAsync(to, new BotActivity { Type = "message" }, CancellationToken.None);

        Assert.Equal(SendOutcome.Rejected, result.Outcome);
        Assert.Empty(BotFramework.Calls);
    }
}
