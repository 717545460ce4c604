using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Token buckets in front of every Bot API send: 1 a second per private chat (a burst of 3 is
/// allowed), 20 a minute per group (negative chat ids), then the bot-wide pace
/// (<see cref="TelegramOptions.MessagesPerSecond"/>, 25 by default). The bot-wide bucket is refilled
/// evenly (one token every 40 ms at 25 a second) and holds one refill, so no second ever carries
/// more than the rate plus one token: Telegram counts any second, not whole clock seconds.
/// A caller waits in a queue for its token instead of provoking a 429.
/// </summary>
public sealed class TelegramRateLimiter(IOptions<TelegramOptions> options) : IAsyncDisposable
{
    private const int QueueLimit = 10_000;

    private readonly PartitionedRateLimiter<long> _chats = PartitionedRateLimiter.Create<long, long>(
        chatId => RateLimitPartition.GetTokenBucketLimiter(chatId, id => id < 0
            ? Bucket(limit: 20, perPeriod: 1, TimeSpan.FromSeconds(3))
            : Bucket(limit: 3, perPeriod: 1, TimeSpan.FromSeconds(1))));

    private readonly TokenBucketRateLimiter _bot = BotBucket(options.Value.MessagesPerSecond);

    public TelegramRateLimiter()
        : this(Options.Create(new TelegramOptions()))
    {
    }

    /// <summary>
    /// Waits for the chat's token, then for the bot's: the bot-wide token is taken last, right
    /// before the send, so a send held up by its chat cannot add to another second's burst.
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireAsync(long chatId, CancellationToken cancellationToken)
    {
        var chat = await _chats.AcquireAsync(chatId, 1, cancellationToken);
        if (!chat.IsAcquired)
            return chat;

        chat.Dispose(); // a token bucket's lease returns nothing on disposal: the token is spent
        return await _bot.AcquireAsync(1, cancellationToken);
    }

    /// <summary>Takes a chat token only if one is free now (tests inspect the per-chat buckets with it).</summary>
    public RateLimitLease TryAcquire(long chatId) => _chats.AttemptAcquire(chatId);

    public async ValueTask DisposeAsync()
    {
        await _chats.DisposeAsync();
        await _bot.DisposeAsync();
    }

    /// <summary>
    /// Whole tokens every 20 ms or more (one every 40 ms at 25 a second; 2 every 20 ms at 100); the
    /// bucket holds one refill. Senders wait in its queue, so a refill is taken at once and none is lost.
    /// </summary>
    private static TokenBucketRateLimiter BotBucket(int perSecond)
    {
        var perPeriod = (perSecond + 49) / 50;
        var period = TimeSpan.FromTicks(TimeSpan.TicksPerSecond * perPeriod / perSecond);
        return new TokenBucketRateLimiter(Bucket(limit: perPeriod, perPeriod, period));
    }

    private static TokenBucketRateLimiterOptions Bucket(int limit, int perPeriod, TimeSpan period) => new()
    {
        TokenLimit = limit,
        TokensPerPeriod = perPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
