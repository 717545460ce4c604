using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>
/// The Bot Framework side of Teams, in process on 127.0.0.1: the OpenID document and JWKS (with
/// endorsements), the token endpoint, and a connector that records what the bot sends and can be
/// told to answer 429 with Retry-After or 403 blocked.
/// </summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private int _ids;
    private int _tokenRequests;

    private FakeBotFramework(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ServiceUrl => BaseUrl + "/";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string TokenUrl => BaseUrl + "/oauth2/v2.0/token";

    /// <summary>The keys currently published; replace the list to rotate.</summary>
    public IReadOnlyList<TestSigningKey> PublishedKeys { get; set; } = [];

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    public int TokenRequests => _tokenRequests;

    public int MetadataRequests { get; private set; }

    public static async Task<FakeBotFramework> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeBotFramework(builder.Build());
        fake.MapRoutes();
        await fake._app.StartAsync();
        fake.BaseUrl = fake._app.Urls.First().TrimEnd('/');
        return fake;
    }

    /// <summary>The next connector call gets this answer instead of 200.</summary>
    public void Enqueue(int status, string body = "", TimeSpan? retryAfter = null) =>
        _script.Enqueue(new ScriptedResponse(status, body, retryAfter));

    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Calls.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return [.. Calls];
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void MapRoutes()
    {
        _app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            MetadataRequests++;
            return Results.Json(new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            });
        });
        _app.MapGet("/v1/.well-known/keys", () =>
            Results.Json(new JsonObject { ["keys"] = new JsonArray([.. PublishedKeys.Select(k => k.ToJwk())]) }));
        _app.MapPost("/oauth2/v2.0/token", () =>
        {
            Interlocked.Increment(ref _tokenRequests);
            return Results.Json(new { access_token = "fake-connector-token", expires_in = 3600 });
        });
        _app.Map("/v3/conversations/{**rest}", (Delegate)ConnectorAsync);
        _app.MapPost("/v3/conversations", (Delegate)ConnectorAsync);
    }

    private async Task<IResult> ConnectorAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        Calls.Enqueue(new ConnectorCall(context.Request.Method, context.Request.Path.Value!,
            context.Request.Headers.Authorization.ToString(), body.Length == 0 ? null : JsonNode.Parse(body)));
        if (_script.TryDequeue(out var scripted))
            return scripted.ToResult(context);

        return Results.Json(new { id = "sent-" + Interlocked.Increment(ref _ids) });
    }

    private sealed record ScriptedResponse(int Status, string Body, TimeSpan? RetryAfter)
    {
        public IResult ToResult(HttpContext context)
        {
            if (RetryAfter is { } wait)
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Results.Text(Body, "application/json", statusCode: Status);
        }
    }
}
