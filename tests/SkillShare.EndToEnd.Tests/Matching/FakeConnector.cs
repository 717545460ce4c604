using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SkillShare.EndToEnd.Tests.Matching;

/// <summary>
/// The Bot Framework connector a Teams activity's serviceUrl points at, on 127.0.0.1: it records
/// every activity the bot sends (reply, proactive send, card update) and answers with a new id.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _ids;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities, ending in a slash.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>What the bot sent, in arrival order: the conversation id and the activity.</summary>
    public ConcurrentQueue<(string Conversation, JsonObject Activity)> Sent { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeConnector(builder.Build());
        connector._app.Map("/v3/conversations/{conversation}/activities/{**rest}", connector.RecordAsync);
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Urls.First().TrimEnd('/') + "/";
        return connector;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpContext context, string conversation)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (body is JsonObject activity)
            Sent.Enqueue((Uri.UnescapeDataString(conversation), activity));
        return Results.Json(new { id = "sent-" + Interlocked.Increment(ref _ids) });
    }
}
