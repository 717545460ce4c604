using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;
using SkillShare.Core.Companies;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Tests.Channels.Teams;

/// <summary>The company journey on Teams with the real engine: the request form, summary, publishing.</summary>
public sealed class TeamsRequestFormTests : TeamsHostTestBase
{
    private long _nextId = 1733300100000;

    protected override bool RealEngine => true;

    protected override bool SeedCompany => false;

    [Fact]
    public async Task RequestForm_ValidSubmit_ShowsTheSummaryCard()
    {
        await SeedAsync(approved: true);
        var form = await AskForFormAsync();

        var calls = await SendAsync(Submit(form, ValidAnswers()));

        var card = calls.Last().Card!;
        Assert.Contains(Facts(card), f => f.Contains("Data pipeline", StringComparison.Ordinal));
        Assert.Contains(Facts(card), f => f.Contains("40.00", StringComparison.Ordinal));
        Assert.Contains(Buttons(card), b => b == "Publish");
    }

    [Fact]
    public async Task RequestForm_BudgetInWordsAndPastDeadline_SameCardWithBothErrorsAndNothingStored()
    {
        await SeedAsync(approved: true);
        var form = await AskForFormAsync();
        var answers = ValidAnswers();
        answers["BudgetMin"] = "forty dollars";
        answers["Deadline"] = "2020-01-31";

        var calls = await SendAsync(Submit(form, answers));

        var card = calls.Last().Card!;
        Assert.Equal(form, FormKey(card));
        Assert.Equal(["BudgetMin", "Deadline"], ErrorFields(card));
        Assert.Equal("forty dollars", Input(card, "BudgetMin")["value"]!.GetValue<string>());
        Assert.Empty(Host.Services.GetRequiredService<IPostStore>().RequestsOf(MemberId));
    }

    [Fact]
    public async Task RequestForm_MissingAndExtraFields_SameCardWithReasons()
    {
        await SeedAsync(approved: true);
        var form = await AskForFormAsync();
        var answers = ValidAnswers();
        answers.Remove("Hours");
        answers["Salary"] = "lots";

        var calls = await SendAsync(Submit(form, answers));

        var card = calls.Last().Card!;
        Assert.Equal(["Hours"], ErrorFields(card));
        Assert.Contains("Salary", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestForm_SubmittedAfterItsStep_GetsTheCurrentStateNotAnError()
    {
        await SeedAsync(approved: true);
        var form = await AskForFormAsync();
        await SendAsync(Submit(form, ValidAnswers()));

        var calls = await SendAsync(Submit(form, ValidAnswers()));

        Assert.Equal("That form is no longer current. Here is where we are now:", calls[0].Text);
        Assert.Contains(Buttons(calls.Last().Card!), b => b == "Publish");
    }

    [Fact]
    public async Task Publish_CompanyPending_SaysVerificationPendingAndStoresNothing()
    {
        await SeedAsync(approved: false);
        var form = await AskForFormAsync();
        var summary = await SendAsync(Submit(form, ValidAnswers()));

        var calls = await SendAsync(Press(ButtonKey(summary.Last().Card!, "Publish")));

        Assert.Contains("Verification of your company is pending", calls.Single().Text, StringComparison.Ordinal);
        Assert.Empty(Host.Services.GetRequiredService<IPostStore>().RequestsOf(MemberId));
    }

    [Fact]
    public async Task Publish_CompanyApprovedWhileDrafting_PublishesTheRequest()
    {
        await SeedAsync(approved: false);
        var form = await AskForFormAsync();
        var summary = await SendAsync(Submit(form, ValidAnswers()));
        await SendAsync(Message("/approve " + TeamsActivities.TenantId, TeamsHost.OperatorId, "a:operator"));

        await SendAsync(Press(ButtonKey(summary.Last().Card!, "Publish")));

        var request = Assert.Single(Host.Services.GetRequiredService<IPostStore>().RequestsOf(MemberId));
        Assert.Equal(PostStatus.Published, request.Status);
        Assert.Equal(WorkMode.OnSite, request.Mode);
        Assert.Equal("Leeds", request.Place);
    }

    [Fact]
    public async Task SummaryEdit_OnTeams_ShowsTheWholeFormFilledWithTheDraft()
    {
        await SeedAsync(approved: true);
        var form = await AskForFormAsync();
        var summary = await SendAsync(Submit(form, ValidAnswers()));

        var calls = await SendAsync(Press(ButtonKey(summary.Last().Card!, "Edit")));

        var card = calls.Last().Card!;
        Assert.NotEqual(form, FormKey(card));
        Assert.Equal("40", Input(card, "BudgetMin")["value"]!.GetValue<string>());
        Assert.Equal("GBP", Input(card, "Currency")["value"]!.GetValue<string>());
        Assert.Equal("Leeds", Input(card, "Place")["value"]!.GetValue<string>());
        Assert.Equal(ValidAnswers()["Deadline"], Input(card, "Deadline")["value"]!.GetValue<string>());
    }

    private string MemberId => Host.Services.GetRequiredService<IMemberStore>()
        .FindByIdentity(new ChannelIdentity(ChannelKind.Teams, TeamsActivities.UserAad))!.Id;

    private Task SeedAsync(bool approved)
    {
        var profile = new CompanyProfile("Contoso", new Uri("https://contoso.example"), CompanySize.Small, "GB");
        var now = DateTimeOffset.UtcNow;
        var company = Company.Register(TeamsActivities.TenantId, profile, TeamsActivities.UserAad, now);
        if (approved)
            company.Approve(TeamsHost.OperatorId, now);
        var member = new Member
        {
            Id = "m-ada",
            Identities = [new ChannelIdentity(ChannelKind.Teams, TeamsActivities.UserAad)],
            DisplayName = "Ada",
            Roles = MemberRoles.Client,
            VerifiedAt = approved ? now : null,
            CreatedAt = now,
        };
        var changes = new TurnChanges();
        changes.Save(company);
        changes.Save(member);
        Host.Services.GetRequiredService<IConversationStore>().Commit(changes);
        return Task.CompletedTask;
    }

    private async Task<string> AskForFormAsync()
    {
        var calls = await SendAsync(Message("/request", TeamsActivities.UserAad, TeamsActivities.PersonalConversation));
        return FormKey(calls.Last().Card!);
    }

    private async Task<List<ConnectorCall>> SendAsync(JsonObject activity)
    {
        var before = BotFramework.Calls.Count;
        var response = await PostSignedAsync(activity);
        response.EnsureSuccessStatusCode();
        return [.. BotFramework.Calls.Skip(before)];
    }

    private JsonObject Message(string text, string aad, string conversation)
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, text, NextId());
        activity["from"]!["aadObjectId"] = aad;
        activity["conversation"]!["id"] = conversation;
        return activity;
    }

    private JsonObject Submit(string formKey, Dictionary<string, string> answers)
    {
        var value = new JsonObject { ["skillshareForm"] = formKey };
        foreach (var (name, answer) in answers)
            value[name] = answer;
        return Card(value);
    }

    private JsonObject Press(string key) => Card(new JsonObject { ["skillshareKey"] = key });

    private JsonObject Card(JsonObject value)
    {
        var activity = TeamsActivities.CardSubmit(ServiceUrl, value);
        activity["id"] = NextId();
        return activity;
    }

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ValidAnswers() => new(StringComparer.Ordinal)
    {
        ["Title"] = "Data pipeline",
        ["Description"] = "Move our nightly jobs to streaming.",
        ["Skills"] = "python, postgres",
        ["BudgetMin"] = "40",
        ["BudgetMax"] = "60",
        ["Currency"] = "GBP",
        ["Hours"] = "20",
        ["Deadline"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Mode"] = "OnSite",
        ["Place"] = "Leeds",
    };

    private static JsonArray Body(JsonNode card) => card["body"]!.AsArray();

    private static JsonNode Input(JsonNode card, string id) =>
        Body(card).Single(e => e?["id"]?.GetValue<string>() == id)!;

    private static List<string> ErrorFields(JsonNode card) =>
        [.. Body(card).Where(e => e?["errorMessage"] is not null).Select(e => e!["id"]!.GetValue<string>())];

    private static List<string> Facts(JsonNode card) =>
        [.. card.ToJsonString().Split('"').Where(s => s.Length > 0)];

    private static IEnumerable<JsonNode> Actions(JsonNode card) =>
        card["actions"]?.AsArray().Select(a => a!) ?? [];

    private static List<string> Buttons(JsonNode card) =>
        [.. Actions(card).Select(a => a["title"]!.GetValue<string>())];

    private static string ButtonKey(JsonNode card, string title) =>
        Actions(card).Single(a => a["title"]!.GetValue<string>() == title)["data"]!["skillshareKey"]!
            .GetValue<string>();

    private static string FormKey(JsonNode card) =>
        Actions(card).Select(a => a["data"]?["skillshareForm"]?.GetValue<string>()).Single(k => k is not null)!;
}
