using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SkillShare.Bot.Tests.Notifications.FanOut;

/// <summary>
/// A Bot API on Kestrel at 127.0.0.1 (free port) that enforces a bot-wide limit the strict way: a
/// sendMessage is accepted only if fewer than <see cref="PerSecond"/> were accepted in the second
/// before it (sliding window); otherwise it answers 429 with retry_after, as Telegram does.
/// </summary>
public sealed class RateLimitedBotApi : IAsyncDisposable
{
    private static readonly long OneSecond = Stopwatch.Frequency;
    private readonly WebApplication _app;
    private readonly Queue<long> _window = new();
    private readonly List<long> _accepted = [];
    private readonly ConcurrentDictionary<long, int> _deliveries = new();
    private readonly Lock _lock = new();
    private int _tooManyRequests;
    private int _messageId;

    private RateLimitedBotApi(WebApplication app, int perSecond)
    {
        _app = app;
        PerSecond = perSecond;
        app.Run(HandleAsync);
    }

    public int PerSecond { get; }

    /// <summary>The base URL to give the client (Telegram:ApiBaseUrl).</summary>
    public string BaseUrl => _app.Urls.First();

    /// <summary>How many 429s were answered.</summary>
    public int TooManyRequests => Volatile.Read(ref _tooManyRequests);

    /// <summary>Accepted messages per chat id.</summary>
    public IReadOnlyDictionary<long, int> Deliveries => _deliveries;

    /// <summary>Completes when the given number of messages has been accepted.</summary>
    public TaskCompletionSource AllAccepted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Expected { get; set; } = int.MaxValue;

    public static async Task<RateLimitedBotApi> StartAsync(int perSecond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var api = new RateLimitedBotApi(builder.Build(), perSecond);
        await api._app.StartAsync();
        return api;
    }

    /// <summary>Seconds from the first to the last accepted message.</summary>
    public double AcceptedSpanSeconds()
    {
        lock (_lock)
            return _accepted.Count < 2 ? 0 : (double)(_accepted[^1] - _accepted[0]) / OneSecond;
    }

    /// <summary>The most messages accepted in any one-second window (never above the limit by construction).</summary>
    public int MaxInAnySecond()
    {
        lock (_lock)
        {
            var max = 0;
            for (int first = 0, last = 0; last < _accepted.Count; last++)
            {
                while (_accepted[last] - _accepted[first] >= OneSecond)
                    first++;
                max = Math.Max(max, last - first + 1);
            }

            return max;
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Path.Value!.Split('/')[^1];
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        if (method != "sendMessage")
        {
            await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = true });
            return;
        }

        var chatId = body["chat_id"]!.GetValue<long>();
        if (TryAccept(out var retryAfter))
        {
            _deliveries.AddOrUpdate(chatId, 1, (_, n) => n + 1);
            await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = Message(chatId, body) });
            return;
        }

        Interlocked.Increment(ref _tooManyRequests);
        await WriteAsync(context, 429, new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = 429,
            ["description"] = $"Too Many Requests: retry after {retryAfter}",
            ["parameters"] = new JsonObject { ["retry_after"] = retryAfter },
        });
    }

    private bool TryAccept(out int retryAfter)
    {
        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            while (_window.Count > 0 && now - _window.Peek() >= OneSecond)
                _window.Dequeue();

            retryAfter = 0;
            if (_window.Count >= PerSecond)
            {
                retryAfter = Math.Max(1, (int)Math.Ceiling((double)(_window.Peek() + OneSecond - now) / OneSecond));
                return false;
            }

            _window.Enqueue(now);
            _accepted.Add(now);
            if (_accepted.Count >= Expected)
                AllAccepted.TrySetResult();
            return true;
        }
    }

    private JsonObject Message(long chatId, JsonObject body) => new()
    {
        ["message_id"] = Interlocked.Increment(ref _messageId),
        ["date"] = 1_764_000_000,
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
        ["text"] = body["text"]?.DeepClone(),
    };

    private static Task WriteAsync(HttpContext context, int status, JsonObject json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json.ToJsonString());
    }
}
