using System.Text.Json;
using System.Text.Json.Nodes;
using SkillShare.Bot.Channels.Teams;
using SkillShare.Bot.Channels.Teams.Protocol;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TurnFactoryTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Fact]
    public void FromActivity_BotNameTypedWithoutMentionEntity_IsNotTreatedAsMention()
    {
        var activity = Read(TeamsActivities.GroupMessage(ServiceUrl, "<at>SkillShare</at> hello", false));

        Assert.Null(TurnFactory.FromActivity(activity));
    }

    [Fact]
    public void FromActivity_MentionOfAnotherPerson_IsKeptInTheText()
    {
        var json = TeamsActivities.GroupMessage(ServiceUrl, "<at>SkillShare</at> hire <at>Grace</at>", true);
        json["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Grace</at>",
            ["mentioned"] = new JsonObject { ["id"] = "29:grace", ["name"] = "Grace" },
        });

        var turn = TurnFactory.FromActivity(Read(json));

        Assert.Equal(new TextInput("hire <at>Grace</at>"), turn?.Input);
    }

    [Fact]
    public void FromActivity_GroupCardSubmitWithoutMention_IsStillHandled()
    {
        var json = TeamsActivities.GroupMessage(ServiceUrl, "", false);
        json["value"] = new JsonObject { ["skillshareKey"] = "req:close" };

        var turn = TurnFactory.FromActivity(Read(json));

        Assert.Equal(new ButtonInput("req:close"), turn?.Input);
    }

    [Fact]
    public void FromActivity_FormWithNumberField_KeepsTheValueAsText()
    {
        var value = new JsonObject
        {
            ["skillshareForm"] = "request",
            ["budgetMin"] = 1500,
            ["msteams"] = new JsonObject(),
        };

        var turn = TurnFactory.FromActivity(Read(TeamsActivities.CardSubmit(ServiceUrl, value)));

        var form = Assert.IsType<FormInput>(turn?.Input);
        Assert.Equal("1500", Assert.Single(form.Fields).Value);
    }

    [Fact]
    public void FromActivity_CardDataWithoutOurKeys_IsUnsupportedInput()
    {
        var turn = TurnFactory.FromActivity(Read(TeamsActivities.CardSubmit(ServiceUrl, new JsonObject { ["x"] = 1 })));

        Assert.Equal(new UnsupportedInput("card"), turn?.Input);
    }

    [Fact]
    public void FromActivity_EmulatorWithoutAadObjectId_FallsBackToChannelUserId()
    {
        var json = TeamsActivities.PersonalMessage("http://127.0.0.1:3000/", "hi");
        json["from"] = new JsonObject { ["id"] = "user1" };

        var turn = TurnFactory.FromActivity(Read(json));

        Assert.Equal("user1", turn?.SenderId);
    }

    private static BotActivity Read(JsonObject json) =>
        JsonSerializer.Deserialize<BotActivity>(json.ToJsonString(), TeamsJson.Options)!;
}
