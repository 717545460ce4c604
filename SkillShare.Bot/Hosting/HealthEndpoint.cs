using SkillShare.Core.Conversations;
using SkillShare.Storage;

namespace SkillShare.Bot.Hosting;

/// <summary>GET /healthz: 200 with the store's and each channel's state, 503 when the store fails.</summary>
public static class HealthEndpoint
{
    public static WebApplication MapSkillShareHealth(this WebApplication app)
    {
        app.MapGet("/healthz", Handle).ExcludeFromDescription();
        return app;
    }

    private static IResult Handle(IServiceProvider services, IEnumerable<IChannelStatus> channels)
    {
        var store = StoreReport(services);
        var body = new
        {
            status = store.State == "ok" ? "ok" : "failing",
            store,
            channels = channels.Select(c => c.Report())
                .OrderBy(r => r.Channel)
                .Select(r => new { channel = r.Channel.ToString(), state = r.State.ToString(), detail = r.Detail }),
        };
        return store.State == "ok" ? Results.Ok(body) : Results.Json(body, statusCode: 503);
    }

    private static StoreHealth StoreReport(IServiceProvider services)
    {
        try
        {
            var conversations = services.GetRequiredService<IConversationStore>();
            conversations.WasProcessed("healthz-probe");
            var version = services.GetService<LiteDbStore>()?.SchemaVersion;
            return new StoreHealth("ok", version, null);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException
                                               or LiteDB.LiteException or UnauthorizedAccessException)
        {
            return new StoreHealth("failing", null, exception.GetType().Name);
        }
    }

    private sealed record StoreHealth(string State, int? SchemaVersion, string? Error);
}
