using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkillShare.Bot.Tests.Channels.Telegram;

/// <summary>
/// An in-process Bot API: answers every call the way the real API does (sendMessage returns the
/// Message, set-up calls return true), records each call, and lets a test script error answers
/// (429 with retry_after, 403 blocked, 400 chat not found) for the next calls of a method.
/// </summary>
public sealed class FakeBotApi : HttpMessageHandler
{
    private readonly ConcurrentQueue<ApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(HttpStatusCode, string)>> _scripted = new();
    private int _messageId = 100;

    public IReadOnlyList<ApiCall> Calls => [.. _calls];

    public IReadOnlyList<ApiCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    public void FailNext(string method, int errorCode, string description, int? retryAfter = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (retryAfter is { } seconds)
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        _scripted.GetOrAdd(method, _ => new()).Enqueue(((HttpStatusCode)errorCode, error.ToJsonString()));
    }

    public void FailNextWith429(string method, int retryAfter) =>
        FailNext(method, 429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1];
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var call = new ApiCall(method, body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!.AsObject());
        _calls.Enqueue(call);

        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
            return Json(scripted.Item1, scripted.Item2);

        return Json(HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = ResultFor(call) }.ToJsonString());
    }

    private JsonNode ResultFor(ApiCall call) => call.Method switch
    {
        "sendMessage" => MessageFor(call, Interlocked.Increment(ref _messageId)),
        "editMessageText" => MessageFor(call, call.Body["message_id"]!.GetValue<int>()),
        "getUpdates" => new JsonArray(),
        "getMe" => new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "SkillShare" },
        _ => JsonValue.Create(true),
    };

    private static JsonObject MessageFor(ApiCall call, int messageId) => new()
    {
        ["message_id"] = messageId,
        ["date"] = 1_764_000_000,
        ["chat"] = new JsonObject { ["id"] = call.Body["chat_id"]!.DeepClone(), ["type"] = "private" },
        ["text"] = call.Body["text"]?.DeepClone(),
    };

    private static HttpResponseMessage Json(HttpStatusCode status, string json) => new(status)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };
}
