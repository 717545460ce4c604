using SkillShare.Bot.Channels.Teams;
using SkillShare.Bot.Channels.Teams.Cards;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class ReplyRendererTests
{
    private static readonly ConversationReference To = new("https://smba.trafficmanager.net/emea/", "a:1",
        "msteams", "personal", "tenant", "28:bot", "SkillShare", "29:user", "Ada", "aad", "en-US");

    [Fact]
    public void ToActivity_PlainText_IsAPlainMessageWithoutAttachments()
    {
        var activity = ReplyRenderer.ToActivity(Reply.Plain("*not bold*"), To, "123");

        Assert.Equal("*not bold*", activity.Text);
        Assert.Equal("plain", activity.TextFormat);
        Assert.Null(activity.Attachments);
        Assert.Equal("123", activity.ReplyToId);
    }

    [Fact]
    public void ToCard_Buttons_BecomeActionSubmitsCarryingTheShortKey()
    {
        var reply = new Reply
        {
            Text = "Pick",
            Buttons = [[new ReplyButton("Pause", "req:3:pause")], [new ReplyButton("Close", "req:3:close")]],
        };

        var card = ReplyRenderer.ToCard(reply);

        var actions = card["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);
        Assert.Equal("Action.Submit", actions[0]!["type"]!.GetValue<string>());
        Assert.Equal("req:3:close", actions[1]!["data"]!["skillshareKey"]!.GetValue<string>());
    }

    [Fact]
    public void ToCard_SummaryCard_IsAFactSet()
    {
        var reply = new Reply
        {
            Text = "Check it",
            Card = new ReplyCard("Logo design", [new CardField("Budget", "USD 500")]),
        };

        var card = ReplyRenderer.ToCard(reply);

        var facts = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!;
        Assert.Equal("USD 500", facts[0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void ToCard_Form_IsOneCardWithInputsAndOneSubmitCarryingTheFormKey()
    {
        var reply = new Reply { Text = "", Form = ScriptedEngine.RequestForm() };

        var card = ReplyRenderer.ToCard(reply);

        var inputs = card["body"]!.AsArray()
            .Where(e => e!["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Input.Text", "Input.Number"], inputs.Select(i => i!["type"]!.GetValue<string>()));
        Assert.True(inputs[0]!["isRequired"]!.GetValue<bool>());
        Assert.Equal(80, inputs[0]!["maxLength"]!.GetValue<int>());
        var submit = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("request", submit["data"]!["skillshareForm"]!.GetValue<string>());
    }

    [Fact]
    public void ToCard_FormWithCancelButton_CancelSkipsTheInputsAndTheirRequiredCheck()
    {
        var reply = new Reply
        {
            Text = "",
            Form = ScriptedEngine.RequestForm(),
            Buttons = [[new ReplyButton("Cancel", "4:x")]],
        };

        var card = ReplyRenderer.ToCard(reply);

        var actions = card["actions"]!.AsArray();
        Assert.Null(actions[0]!["associatedInputs"]);
        Assert.Equal("none", actions[1]!["associatedInputs"]!.GetValue<string>());
        Assert.Equal("4:x", actions[1]!["data"]!["skillshareKey"]!.GetValue<string>());
    }
}
