using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SkillShare.Bot.Channels.Teams.Protocol;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Teams.Connector;

/// <summary>
/// The Bot Connector REST calls we make (reply, send, update, delete, create a 1:1 conversation) against
/// the conversation's stored serviceUrl, with the per-conversation rate limit and retries.
/// </summary>
public sealed class ConnectorClient(
    IHttpClientFactory httpClients,
    ConnectorTokenProvider tokens,
    ConversationRateLimiter limiter,
    ConnectorRetryPolicy policy,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "teams-connector";

    public Task<ConnectorResult> ReplyAsync(ConversationReference to, string replyToId, BotActivity activity,
        CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, to, $"activities/{Escape(replyToId)}", activity, cancellationToken);

    public Task<ConnectorResult> SendAsync(ConversationReference to, BotActivity activity,
        CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, to, "activities", activity, cancellationToken);

    public Task<ConnectorResult> UpdateAsync(ConversationReference to, string activityId, BotActivity activity,
        CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, to, $"activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ConnectorResult> DeleteAsync(ConversationReference to, string activityId,
        CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Delete, to, $"activities/{Escape(activityId)}", null, cancellationToken);

    /// <summary>Opens (or finds) the bot's 1:1 chat with a member; the app must be installed for them.</summary>
    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, string tenantId, string botId,
        string memberId, CancellationToken cancellationToken)
    {
        var body = new
        {
            bot = new { id = botId },
            members = new[] { new { id = memberId } },
            isGroup = false,
            tenantId,
            channelData = new { tenant = new { id = tenantId } },
        };
        return SendWithRetryAsync(HttpMethod.Post, serviceUrl, "v3/conversations", body, null, cancellationToken);
    }

    private Task<ConnectorResult> CallAsync(HttpMethod method, ConversationReference to, string path,
        BotActivity? activity, CancellationToken cancellationToken) =>
        SendWithRetryAsync(method, to.ServiceUrl, $"v3/conversations/{Escape(to.ConversationId)}/{path}",
            activity, to.ConversationId, cancellationToken);

    private async Task<ConnectorResult> SendWithRetryAsync(HttpMethod method, string serviceUrl, string path,
        object? body, string? rateKey, CancellationToken cancellationToken)
    {
        if (!SafeUrl.IsPermitted(serviceUrl))
            return new ConnectorResult(SendOutcome.Rejected, Error: "serviceUrl must be https");

        var uri = new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path);
        for (var attempt = 1; ; attempt++)
        {
            if (rateKey is not null)
                await limiter.WaitTurnAsync(rateKey, cancellationToken);

            using var response = await SendOnceAsync(method, uri, body, cancellationToken);
            var result = await InterpretAsync(response, cancellationToken);
            if (result is not null)
                return result;

            var delay = policy.DelayFor(attempt, RetryAfter(response));
            if (attempt >= policy.MaxAttempts || delay > policy.MaxDelay)
                return new ConnectorResult(SendOutcome.RetryLater, RetryAfter: delay, Error: $"{response.StatusCode}");

            Log.ConnectorRetry(logger, (int)response.StatusCode, attempt, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, Uri uri, object? body,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: TeamsJson.Options);

        using var http = httpClients.CreateClient(HttpClientName);
        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>The final result of a response, or null when it is worth another attempt.</summary>
    private static async Task<ConnectorResult?> InterpretAsync(HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
            return new ConnectorResult(SendOutcome.Sent, ReadId(text));
        if (response.StatusCode == HttpStatusCode.Forbidden && IsBlocked(text))
            return new ConnectorResult(SendOutcome.Unreachable, Error: "the member blocked the bot");
        if (ConnectorRetryPolicy.IsRetryable(response.StatusCode))
            return null;

        return new ConnectorResult(SendOutcome.Rejected, Error: $"{(int)response.StatusCode}");
    }

    private static bool IsBlocked(string body) =>
        body.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
        || body.Contains("ConversationBlockedByUser", StringComparison.OrdinalIgnoreCase);

    private static string? ReadId(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
