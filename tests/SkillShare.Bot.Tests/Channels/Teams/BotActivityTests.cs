using System.Text.Json;
using System.Text.Json.Nodes;
using SkillShare.Bot.Channels.Teams.Protocol;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class BotActivityTests
{
    [Fact]
    public void Serialize_UnknownFields_RoundTripUntouched()
    {
        var original = TeamsActivities.ChannelMessage("https://smba.trafficmanager.net/amer/", "hi");
        original["futureField"] = new JsonObject { ["nested"] = 42 };

        var activity = JsonSerializer.Deserialize<BotActivity>(original.ToJsonString(), TeamsJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, TeamsJson.Options))!;

        Assert.Equal(42, written["futureField"]?["nested"]?.GetValue<int>());
        Assert.Equal("2026-12-04T15:00:00.000+00:00", written["localTimestamp"]?.GetValue<string>());
        Assert.Equal("Hiring", written["channelData"]?["team"]?["name"]?.GetValue<string>());
    }

    [Fact]
    public void TenantId_OnlyInChannelData_IsReadFromThere()
    {
        var json = TeamsActivities.PersonalMessage("https://smba.trafficmanager.net/amer/", "hi");
        json["conversation"]!.AsObject().Remove("tenantId");

        var activity = JsonSerializer.Deserialize<BotActivity>(json.ToJsonString(), TeamsJson.Options)!;

        Assert.Equal(TeamsActivities.TenantId, activity.TenantId);
    }
}
