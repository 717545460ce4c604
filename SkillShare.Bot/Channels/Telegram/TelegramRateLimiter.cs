using System.Threading.RateLimiting;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Token buckets in front of every Bot API send: about 25 messages a second for the whole bot,
/// 1 a second per private chat (a burst of 3 is allowed) and 20 a minute per group (negative chat ids).
/// A caller waits in a queue for its token instead of provoking a 429.
/// </summary>
public sealed class TelegramRateLimiter : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<long> _limiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<long, string>(_ => RateLimitPartition.GetTokenBucketLimiter(
            "bot", _ => Bucket(limit: 25, perPeriod: 25, TimeSpan.FromSeconds(1)))),
        PartitionedRateLimiter.Create<long, long>(chatId => RateLimitPartition.GetTokenBucketLimiter(
            chatId, id => id < 0
                ? Bucket(limit: 20, perPeriod: 1, TimeSpan.FromSeconds(3))
                : Bucket(limit: 3, perPeriod: 1, TimeSpan.FromSeconds(1)))));

    /// <summary>Waits for a token to send to the chat; the lease tells whether one was granted.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(long chatId, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(chatId, 1, cancellationToken);

    /// <summary>Takes a token only if one is free now (used to inspect the buckets).</summary>
    public RateLimitLease TryAcquire(long chatId) => _limiter.AttemptAcquire(chatId);

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    private static TokenBucketRateLimiterOptions Bucket(int limit, int perPeriod, TimeSpan period) => new()
    {
        TokenLimit = limit,
        TokensPerPeriod = perPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
