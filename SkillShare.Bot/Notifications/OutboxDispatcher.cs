using Microsoft.Extensions.Options;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Bot.Notifications;

/// <summary>
/// Drains the notification outbox: each message is claimed, rendered in the recipient's language and
/// sent on its channel; 429s and transient failures come back later, a blocked chat marks the member
/// unreachable there, and a claimed message is never sent a second time. A member's daily-digest
/// pushes to one conversation go out together as one message and share one outcome.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    IMemberStore members,
    IEnumerable<IChannelSender> senders,
    IEnumerable<INotificationTemplate> templates,
    OutboxSignal signal,
    DigestComposer digest,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<ChannelKind, IChannelSender> _senders = senders.ToDictionary(s => s.Channel);
    private readonly Dictionary<string, INotificationTemplate> _templates =
        templates.ToDictionary(t => t.Kind, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        GiveUpInterrupted();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DrainOnceAsync(stoppingToken) > 0)
                {
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.DrainFailed(logger, ex);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>Sends everything due now; returns how many messages were handled.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var due = outbox.Due(time.GetUtcNow(), options.Value.BatchSize);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.Concurrency,
            CancellationToken = cancellationToken,
        };

        // Messages to one conversation go in order; different conversations go side by side.
        await Parallel.ForEachAsync(due.GroupBy(m => (m.Channel, m.ConversationId)), parallel, async (group, ct) =>
        {
            foreach (var batch in DigestComposer.Batches([.. group]))
            {
                if (DigestComposer.IsDigest(batch[0]))
                    await DispatchDigestAsync(batch, ct);
                else
                    await DispatchAsync(batch[0], ct);
            }
        });
        return due.Count;
    }

    private async Task DispatchAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!outbox.Claim(message.Id))
            return;

        var reply = Render(message);
        if (reply is null || !_senders.TryGetValue(message.Channel, out var sender))
        {
            Undeliverable(message, reply is null ? "nothing to render" : $"channel {message.Channel} is off");
            return;
        }

        var result = await SendAsync(sender, message.ConversationId, reply, cancellationToken);
        Record([message], result);
    }

    /// <summary>
    /// One member's digest pushes: each is claimed, the claimed ones are rendered and sent as one
    /// message, and all of them are marked with its outcome together.
    /// </summary>
    private async Task DispatchDigestAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var claimed = batch.Where(m => outbox.Claim(m.Id)).ToList();
        if (claimed.Count == 0)
            return;
        var first = claimed[0];
        var recipient = members.FindById(first.MemberId);
        var items = new List<(OutboxMessage Message, Reply Reply)>();
        foreach (var message in claimed)
        {
            if (recipient is not null && Render(message, recipient) is { } reply)
                items.Add((message, reply));
            else
                Undeliverable(message, "nothing to render");
        }

        if (items.Count == 0 || recipient is null)
            return;
        if (!_senders.TryGetValue(first.Channel, out var sender))
        {
            items.ForEach(i => Undeliverable(i.Message, $"channel {first.Channel} is off"));
            return;
        }

        var combined = digest.Compose([.. items.Select(i => i.Reply)], recipient.Language);
        var result = await SendAsync(sender, first.ConversationId, combined, cancellationToken);
        Log.Digest(logger, items.Count, first.Id, result.Outcome);
        Record([.. items.Select(i => i.Message)], result);
    }

    private static async Task<SendResult> SendAsync(IChannelSender sender, string conversationId, Reply reply,
        CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(conversationId, reply, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException
                                   && !cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.RetryLater, Error: ex.GetType().Name);
        }
    }

    private void Undeliverable(OutboxMessage message, string reason)
    {
        outbox.MarkFailed(message.Id, reason);
        Log.Undeliverable(logger, message.Id, message.Kind, message.Channel);
    }

    private Reply? Render(OutboxMessage message)
    {
        var recipient = members.FindById(message.MemberId);
        return recipient is null ? null : Render(message, recipient);
    }

    private Reply? Render(OutboxMessage message, Member recipient) =>
        _templates.TryGetValue(message.Kind, out var template) ? template.Render(message, recipient) : null;

    /// <summary>Marks what was sent as one message (one push, or a whole digest) with its outcome.</summary>
    private void Record(IReadOnlyList<OutboxMessage> sent, SendResult result)
    {
        var reason = result.Error ?? result.Outcome.ToString();
        var attempts = sent.Max(m => m.Attempts);
        if (result.Outcome == SendOutcome.RetryLater && attempts + 1 < options.Value.MaxAttempts)
        {
            var delay = result.RetryAfter ?? Backoff(attempts);
            foreach (var message in sent)
            {
                outbox.MarkRetry(message.Id, time.GetUtcNow() + delay, reason);
                Log.Retrying(logger, message.Id, delay.TotalSeconds, reason);
            }

            return;
        }

        foreach (var message in sent)
            RecordFinal(message, result.Outcome, reason);
    }

    private void RecordFinal(OutboxMessage message, SendOutcome outcome, string reason)
    {
        switch (outcome)
        {
            case SendOutcome.Sent:
                outbox.MarkSent(message.Id, time.GetUtcNow());
                Log.Sent(logger, message.Id, message.Kind, message.Channel);
                break;
            case SendOutcome.Unreachable:
                outbox.MarkUnreachable(message.Id, reason);
                Log.Unreachable(logger, message.Id, message.Channel);
                break;
            default:
                outbox.MarkFailed(message.Id, reason);
                Log.GaveUp(logger, message.Id, message.Kind, reason);
                break;
        }
    }

    /// <summary>2, 4, 8... seconds, at most ten minutes.</summary>
    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, Math.Min(attempts + 1, 20))));

    private void GiveUpInterrupted()
    {
        foreach (var message in outbox.Interrupted())
        {
            outbox.MarkFailed(message.Id, "interrupted mid-send; not sent again so it is never doubled");
            Log.Interrupted(logger, message.Id, message.Kind);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Sent notification {MessageId} ({Kind}) on {Channel}")]
        public static partial void Sent(ILogger logger, string messageId, string kind, ChannelKind channel);

        [LoggerMessage(2, LogLevel.Warning, "Notification {MessageId} retried in {Seconds} s: {Reason}")]
        public static partial void Retrying(ILogger logger, string messageId, double seconds, string reason);

        [LoggerMessage(3, LogLevel.Information, "Member unreachable on {Channel}; notification {MessageId} dropped")]
        public static partial void Unreachable(ILogger logger, string messageId, ChannelKind channel);

        [LoggerMessage(4, LogLevel.Error, "Notification {MessageId} ({Kind}) given up: {Reason}")]
        public static partial void GaveUp(ILogger logger, string messageId, string kind, string reason);

        [LoggerMessage(5, LogLevel.Warning, "Notification {MessageId} ({Kind}) cannot be delivered on {Channel}")]
        public static partial void Undeliverable(ILogger logger, string messageId, string kind, ChannelKind channel);

        [LoggerMessage(6, LogLevel.Warning,
            "Notification {MessageId} ({Kind}) was interrupted mid-send and is not resent")]
        public static partial void Interrupted(ILogger logger, string messageId, string kind);

        [LoggerMessage(7, LogLevel.Error, "Draining the outbox failed")]
        public static partial void DrainFailed(ILogger logger, Exception exception);

        [LoggerMessage(8, LogLevel.Debug, "Daily digest of {Count} pushes (first {MessageId}): {Outcome}")]
        public static partial void Digest(ILogger logger, int count, string messageId, SendOutcome outcome);
    }
}
