namespace SkillShare.Bot.Channels.Teams.Connector;

/// <summary>
/// Teams' published per-conversation send limits (7 a second, 60 per 30 seconds, 1,800 an hour):
/// a send waits until every window has room. Limits are per process; a second host instance
/// sending to the same conversation is not counted.
/// </summary>
public sealed class ConversationRateLimiter(TimeProvider time)
{
    private static readonly (TimeSpan Window, int Limit)[] Windows =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    private const int SweepAbove = 1000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);

    /// <summary>How many conversations have sends inside the longest window.</summary>
    internal int TrackedConversations
    {
        get
        {
            lock (_sent)
                return _sent.Count;
        }
    }

    public async Task WaitTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (TryTake(conversationId) is { } wait)
            await Task.Delay(wait, time, cancellationToken);
    }

    /// <summary>Records a send and returns null when there is room now, else how long to wait.</summary>
    public TimeSpan? TryTake(string conversationId)
    {
        var now = time.GetUtcNow();
        lock (_sent)
        {
            if (_sent.Count > SweepAbove)
                ForgetQuiet(now);
            var history = _sent.TryGetValue(conversationId, out var queue) ? queue : _sent[conversationId] = new();
            while (history.Count > 0 && now - history.Peek() >= Windows[^1].Window)
                history.Dequeue();

            var wait = Windows.Select(w => WaitFor(history, now, w.Window, w.Limit)).Max();
            if (wait > TimeSpan.Zero)
                return wait;

            history.Enqueue(now);
            return null;
        }
    }

    /// <summary>Drops conversations with no send inside the longest window, so the map does not grow forever.</summary>
    private void ForgetQuiet(DateTimeOffset now)
    {
        var quiet = _sent.Where(p => now - p.Value.Last() >= Windows[^1].Window).Select(p => p.Key).ToList();
        foreach (var conversation in quiet)
            _sent.Remove(conversation);
    }

    private static TimeSpan WaitFor(Queue<DateTimeOffset> history, DateTimeOffset now, TimeSpan window, int limit)
    {
        var inWindow = history.Where(t => now - t < window).ToList();
        return inWindow.Count < limit ? TimeSpan.Zero : inWindow[^limit] + window - now;
    }
}
