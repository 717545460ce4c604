using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Core.Companies;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>Starts a fake Bot Framework and the host for each test; posts signed activities.</summary>
public abstract class TeamsHostTestBase : IAsyncLifetime
{
    protected FakeBotFramework BotFramework { get; private set; } = null!;

    protected TeamsHost Host { get; private set; } = null!;

    protected TestSigningKey Key { get; } = new("key-2026-a");

    protected HttpClient Client { get; private set; } = null!;

    protected string ServiceUrl => BotFramework.ServiceUrl;

    protected virtual bool LocalMode => false;

    protected virtual TimeSpan InvokeBudget => TimeSpan.FromSeconds(5);

    /// <summary>Whether the test tenant starts with an approved company that the test user belongs to.</summary>
    protected virtual bool SeedCompany => true;

    /// <summary>Whether the host runs the real conversation engine instead of the scripted one.</summary>
    protected virtual bool RealEngine => false;

    public async Task InitializeAsync()
    {
        BotFramework = await FakeBotFramework.StartAsync();
        BotFramework.PublishedKeys = [Key];
        Host = new TeamsHost(BotFramework, LocalMode, RealEngine) { InvokeBudget = InvokeBudget };
        Client = Host.CreateClient();
        if (SeedCompany)
            Seed();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await BotFramework.DisposeAsync();
        Key.Dispose();
    }

    private void Seed()
    {
        var profile = new CompanyProfile("Contoso", new Uri("https://contoso.example"), CompanySize.Small, "GB");
        var now = DateTimeOffset.UtcNow;
        var company = Company.Register(TeamsActivities.TenantId, profile, TeamsActivities.UserAad, now);
        company.Approve(TeamsHost.OperatorId, now);
        Host.Services.GetRequiredService<ICompanyStore>().Save(company);
    }

    protected Task<HttpResponseMessage> PostSignedAsync(JsonObject activity) =>
        PostAsync(activity, Key.Mint(new TokenSpec(ServiceUrl)));

    protected async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await PostRawAsync(content, token);
    }

    protected async Task<HttpResponseMessage> PostRawAsync(HttpContent content, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }
}
