using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;
using SkillShare.Core.Companies;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsCompanyTests : TeamsHostTestBase
{
    private const string Colleague = "7c1d2e3f-colleague-aad";

    protected override bool SeedCompany => false;

    private Company? Company =>
        Host.Services.GetRequiredService<ICompanyStore>().FindByTenant(TeamsActivities.TenantId);

    [Fact]
    public async Task FirstPerson_TenantWithoutCompany_GetsTheRegistrationCardNotTheEngine()
    {
        await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"));

        var card = Assert.Single(await BotFramework.WaitForCallsAsync(1)).Card!;
        Assert.Equal(["name", "website", "size", "country"], InputIds(card));
        Assert.Empty(Host.Engine.Turns);
    }

    [Fact]
    public async Task Register_BadAnswers_CardComesBackWithErrorsAndNothingIsStored()
    {
        await PostSignedAsync(TeamsActivities.CardSubmit(ServiceUrl, Form("C", "nowhere", "Small", "XX")));

        var card = Assert.Single(await BotFramework.WaitForCallsAsync(1)).Card!;
        var errors = card["body"]!.AsArray().Where(e => e?["errorMessage"] is not null).ToList();
        Assert.Equal(3, errors.Count);
        var name = card["body"]!.AsArray().Single(e => e?["id"]?.GetValue<string>() == "name")!;
        Assert.Equal("C", name["value"]!.GetValue<string>());
        Assert.Null(Company);
    }

    [Fact]
    public async Task Register_GoodAnswers_StoresPendingCompanyAndSaysVerificationPending()
    {
        await PostSignedAsync(TeamsActivities.CardSubmit(ServiceUrl, Form("Contoso", "contoso.ex", "Medium", "gb")));

        var call = Assert.Single(await BotFramework.WaitForCallsAsync(1));
        Assert.Contains("Verification pending", call.Text, StringComparison.Ordinal);
        Assert.Equal(CompanyStatus.Pending, Company?.Status);
        Assert.Equal([TeamsActivities.UserAad], Company?.PeopleIds);
    }

    [Fact]
    public async Task SecondPerson_SameTenant_JoinsTheCompanyAndTheEngineRuns()
    {
        await RegisterContosoAsync();
        var colleague = TeamsActivities.PersonalMessage(ServiceUrl, "hi", "1733300000100");
        colleague["from"]!["aadObjectId"] = Colleague;
        colleague["conversation"]!["id"] = "a:colleague-chat";

        await PostSignedAsync(colleague);

        Assert.Equal([TeamsActivities.UserAad, Colleague], Company?.PeopleIds);
        var texts = (await BotFramework.WaitForCallsAsync(4)).Skip(1).Select(c => c.Text).ToList();
        Assert.Contains("You joined Contoso on SkillShare.", texts);
        Assert.Contains("echo: hi", texts);
    }

    [Fact]
    public async Task Register_TwoPeopleOfOneTenantAtOnce_OneCompanyWithBothPeople()
    {
        var first = TeamsActivities.CardSubmit(ServiceUrl, Form("Contoso", "contoso.example", "Small", "GB"));
        var second = TeamsActivities.CardSubmit(ServiceUrl, Form("Contoso Ltd", "contoso.co.uk", "Large", "GB"));
        second["id"] = "1733300000104";
        second["from"]!["aadObjectId"] = Colleague;
        second["conversation"]!["id"] = "a:colleague-chat";

        var responses = await Task.WhenAll(PostSignedAsync(first), PostSignedAsync(second));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        Assert.Equal([TeamsActivities.UserAad, Colleague], Company?.PeopleIds.Order(StringComparer.Ordinal));
        Assert.True(Company?.Name is "Contoso" or "Contoso Ltd");
        Assert.Equal(CompanyStatus.Pending, Company?.Status);
    }

    [Fact]
    public async Task Approve_ByListedOperator_ApprovesTheCompany()
    {
        await RegisterContosoAsync();

        await PostSignedAsync(OperatorSays("/approve " + TeamsActivities.TenantId, TeamsHost.OperatorId));

        Assert.Equal(CompanyStatus.Approved, Company?.Status);
        Assert.Equal(TeamsHost.OperatorId, Company?.ApprovedBy);
    }

    [Fact]
    public async Task Approve_BySomeoneElse_IsRefusedAndStaysPending()
    {
        await RegisterContosoAsync();

        await PostSignedAsync(OperatorSays("/approve " + TeamsActivities.TenantId, TeamsActivities.UserAad));

        Assert.Equal(CompanyStatus.Pending, Company?.Status);
        var texts = (await BotFramework.WaitForCallsAsync(2)).Select(c => c.Text);
        Assert.Contains("Only operators can approve companies.", texts);
    }

    private Task<HttpResponseMessage> RegisterContosoAsync() =>
        PostSignedAsync(TeamsActivities.CardSubmit(ServiceUrl, Form("Contoso", "contoso.example", "Small", "GB")));

    private JsonObject OperatorSays(string text, string aad)
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, text, "1733300000200");
        activity["from"]!["aadObjectId"] = aad;
        return activity;
    }

    private static JsonObject Form(string name, string website, string size, string country) => new()
    {
        ["skillshareForm"] = "teams.company",
        ["name"] = name,
        ["website"] = website,
        ["size"] = size,
        ["country"] = country,
    };

    private static List<string> InputIds(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(e => e?["id"] is not null).Select(e => e!["id"]!.GetValue<string>())];
}
