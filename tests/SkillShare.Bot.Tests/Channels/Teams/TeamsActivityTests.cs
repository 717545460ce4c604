using System.Net;
using System.Text.Json.Nodes;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsActivityTests : TeamsHostTestBase
{
    [Fact]
    public async Task Message_PersonalChat_RepliesToTheActivityWithTheEngineText()
    {
        await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "I need a designer"));

        var call = Assert.Single(await BotFramework.WaitForCallsAsync(1));
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{TeamsActivities.PersonalConversation}/activities/1733300000001",
            Uri.UnescapeDataString(call.Path));
        Assert.Equal("echo: I need a designer", call.Text);
        Assert.Equal("Bearer fake-connector-token", call.Authorization);
    }

    [Fact]
    public async Task Message_PersonalChat_TurnKeysThePersonByAadObjectIdAndCarriesTheTenant()
    {
        await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"));

        var turn = Assert.Single(Host.Engine.Turns);
        Assert.Equal(TeamsActivities.UserAad, turn.SenderId);
        Assert.Equal("teams:1733300000001", turn.DeliveryId);
        Assert.Equal("Teams:" + TeamsActivities.PersonalConversation, turn.ConversationId);
        Assert.Equal(TeamsActivities.TenantId, turn.Address["TenantId"]);
        Assert.Equal(ServiceUrl, turn.Address["ServiceUrl"]);
    }

    [Fact]
    public async Task Message_GroupChatWithoutMention_IsIgnored()
    {
        var response = await PostSignedAsync(TeamsActivities.GroupMessage(ServiceUrl, "anyone free?", false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Host.Engine.Turns);
        Assert.Empty(BotFramework.Calls);
    }

    [Fact]
    public async Task Message_GroupChatWithMention_StripsTheBotMentionUsingEntities()
    {
        await PostSignedAsync(TeamsActivities.GroupMessage(ServiceUrl, "<at>SkillShare</at> find a tester", true));

        var turn = Assert.Single(Host.Engine.Turns);
        Assert.Equal(new TextInput("find a tester"), turn.Input);
    }

    [Fact]
    public async Task Message_ChannelWithMention_AnswersInTheChannelThread()
    {
        await PostSignedAsync(TeamsActivities.ChannelMessage(ServiceUrl, "<at>SkillShare</at> /start"));

        var call = Assert.Single(await BotFramework.WaitForCallsAsync(1));
        Assert.Equal(new CommandInput("start", ""), Assert.Single(Host.Engine.Turns).Input);
        Assert.StartsWith($"/v3/conversations/{TeamsActivities.ChannelConversation}/activities/",
            Uri.UnescapeDataString(call.Path));
    }

    [Fact]
    public async Task ConversationUpdate_BotInstalled_SendsWelcomeCardAndStoresReference()
    {
        await PostSignedAsync(TeamsActivities.BotInstalled(ServiceUrl));

        var call = Assert.Single(await BotFramework.WaitForCallsAsync(1));
        Assert.Equal("AdaptiveCard", call.Card?["type"]?.GetValue<string>());
        Assert.Equal("Welcome to SkillShare", call.Card?["body"]?[0]?["text"]?.GetValue<string>());
        var stored = Host.Store.Find("Teams:" + TeamsActivities.PersonalConversation);
        Assert.Equal(ServiceUrl, stored?.Address["ServiceUrl"]);
        Assert.Empty(Host.Engine.Turns);
    }

    [Fact]
    public async Task CardSubmit_FormData_BecomesFormInputWithoutRoutingKeys()
    {
        var value = new JsonObject { ["skillshareForm"] = "request", ["title"] = "Logo", ["budgetMin"] = "ten" };

        await PostSignedAsync(TeamsActivities.CardSubmit(ServiceUrl, value));

        var input = Assert.IsType<FormInput>(Assert.Single(Host.Engine.Turns).Input);
        Assert.Equal("request", input.Key);
        Assert.Equal(["budgetMin", "title"], input.Fields.Keys.Order());
        Assert.Equal("ten", input.Fields["budgetMin"]);
    }

    [Fact]
    public async Task CardSubmit_FormWithError_RepliesWithOneCardShowingTheErrorBesideTheField()
    {
        var value = new JsonObject { ["skillshareForm"] = "request", ["title"] = "Logo", ["budgetMin"] = "ten" };

        await PostSignedAsync(TeamsActivities.CardSubmit(ServiceUrl, value));

        var card = Assert.Single(await BotFramework.WaitForCallsAsync(1)).Card!;
        var budget = card["body"]!.AsArray().Single(e => e?["id"]?.GetValue<string>() == "budgetMin")!;
        Assert.Equal("1.5", card["version"]?.GetValue<string>());
        Assert.Equal("Write the amount in digits.", budget["errorMessage"]?.GetValue<string>());
        Assert.Contains(card["body"]!.AsArray(), e => e?["color"]?.GetValue<string>() == "Attention");
    }

    [Fact]
    public async Task CardSubmit_Button_BecomesButtonInputWithTheShortKey()
    {
        await PostSignedAsync(TeamsActivities.CardSubmit(ServiceUrl, new JsonObject { ["skillshareKey"] = "req:7" }));

        Assert.Equal(new ButtonInput("req:7"), Assert.Single(Host.Engine.Turns).Input);
    }
}
