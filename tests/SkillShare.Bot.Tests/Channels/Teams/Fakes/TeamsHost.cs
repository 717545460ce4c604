using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Channels.Teams.Connector;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>The real host with the Teams channel pointed at a fake Bot Framework and a scripted engine.</summary>
public sealed class TeamsHost(FakeBotFramework botFramework, bool localMode = false, bool realEngine = false)
    : WebApplicationFactory<Program>
{
    public const string AppId = "00000000-test-app-id";

    public const string OperatorId = "0a0a0a0a-operator-aad";

    public ScriptedEngine Engine { get; } = new();

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.db");

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    public TimeSpan InvokeBudget { get; set; } = TimeSpan.FromSeconds(5);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Path", _databasePath);
        builder.UseSetting("Teams:AppId", localMode ? "" : AppId);
        builder.UseSetting("Teams:AppPassword", localMode ? "" : "test-password-not-a-secret");
        builder.UseSetting("Teams:TenantId", "test-tenant");
        builder.UseSetting("Teams:OpenIdMetadataUrl", botFramework.MetadataUrl);
        builder.UseSetting("Teams:TokenEndpoint", botFramework.TokenUrl);
        builder.UseSetting("Teams:OperatorIds:0", OperatorId);
        builder.UseSetting("Teams:InvokeReplyBudget", InvokeBudget.ToString());
        builder.ConfigureTestServices(services =>
        {
            if (!realEngine)
                services.AddSingleton<IConversationEngine>(Engine);
            services.AddSingleton(new ConnectorRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10) });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_databasePath);
    }
}
