namespace SkillShare.Core.Notifications;

/// <summary>The notification outbox as the dispatcher sees it: due messages and their outcomes.</summary>
public interface IOutboxStore
{
    /// <summary>Pending messages due at or before <paramref name="now"/>, oldest first.</summary>
    IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max);

    /// <summary>Adds messages outside a turn (e.g. from the matching sweep); a known dedupe key is skipped.</summary>
    int Enqueue(IEnumerable<OutboxMessage> messages);

    /// <summary>
    /// Moves a pending message to Sending; false when another dispatcher claimed it first. A message is
    /// claimed before it is sent so that it is never sent twice, even across a restart.
    /// </summary>
    bool Claim(string messageId);

    /// <summary>Messages left in Sending by a host that stopped mid-send; they are not sent again.</summary>
    IReadOnlyList<OutboxMessage> Interrupted();

    void MarkSent(string messageId, DateTimeOffset at);

    /// <summary>Puts a claimed message back to pending, due again at <paramref name="dueAt"/>.</summary>
    void MarkRetry(string messageId, DateTimeOffset dueAt, string reason);

    /// <summary>The member is unreachable on the message's channel: the message fails, the member is marked.</summary>
    void MarkUnreachable(string messageId, string reason);

    void MarkFailed(string messageId, string reason);
}
