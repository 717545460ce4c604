using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillShare.Bot.Channels.Teams;
using SkillShare.Bot.Channels.Teams.Companies;
using SkillShare.Bot.Flows.Posting;
using SkillShare.Bot.Channels.Teams.Auth;
using SkillShare.Bot.Channels.Teams.Connector;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Companies;
using SkillShare.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Wires the Teams channel: options, token validation, connector client, /api/messages.</summary>
public static class TeamsRegistration
{
    public const string MetadataClient = "teams-openid";

    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        // Without this switch a refresh for an unknown key id runs in the background and the request that
        // found the new key is refused with the stale keys; blocking refreshes stay throttled to one per 5 min.
        AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddHttpClient(MetadataClient);
        services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(CreateMetadataManager);
        services.AddSingleton<BotFrameworkTokenValidator>();
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName);
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddHttpClient(ConnectorClient.HttpClientName);
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<ConnectorRetryPolicy>();
        AddTurnServices(services);
        return builder;
    }

    public static WebApplication MapTeams(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TeamsOptions>>().Value.LocalMode)
            Log.LocalModeOn(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(TeamsEndpoint)));

        app.MapPost("/api/messages", (HttpContext context, TeamsEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }

    private static void AddTurnServices(IServiceCollection services)
    {
        services.TryAddSingleton<ICompanyStore, LiteDbCompanyStore>();
        services.AddSingleton<TeamsCompanyGate>();
        services.TryAddSingleton<VerifiedMemberPolicy>();
        services.AddSingleton<IPostingPolicy, TeamsPostingPolicy>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<TeamsConversations>();
        services.AddSingleton<ReplyDelivery>();
        services.AddSingleton<TeamsActivityHandler>();
        services.AddSingleton<TeamsInvokeHandler>();
        services.AddSingleton<TeamsEndpoint>();
        services.AddSingleton<TeamsSender>();
        services.AddSingleton<IChannelSender>(s => s.GetRequiredService<TeamsSender>());
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateMetadataManager(IServiceProvider services)
    {
        var url = services.GetRequiredService<IOptions<TeamsOptions>>().Value.OpenIdMetadataUrl;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataClient);
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !SafeUrl.IsLoopback(new Uri(url)) };
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            url, new OpenIdConnectConfigurationRetriever(), retriever);
    }
}
