using System.Net;

namespace SkillShare.Bot.Channels.Teams.Connector;

/// <summary>When the connector client retries: 429, 412, 502 and 504, exponential back-off with jitter.</summary>
public sealed class ConnectorRetryPolicy
{
    public int MaxAttempts { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait; a longer Retry-After gives up and reports RetryLater.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    public static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait before the next attempt: the server's Retry-After, else back-off with jitter.</summary>
    public TimeSpan DelayFor(int attempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } told)
            return told;

        var backOff = BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var jitter = Random.Shared.NextDouble() * BaseDelay.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(Math.Min(backOff + jitter, MaxDelay.TotalMilliseconds));
    }
}
