using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Storage;

public sealed partial class LiteDbStore : IOutboxStore
{
    private LiteDB.ILiteCollection<OutboxMessage> Outbox => _db.GetCollection<OutboxMessage>(Collections.Outbox);

    /// <remarks>
    /// LiteDB orders by one key and leaves ties in no set order, so messages due at the same instant
    /// are put in the order they were queued (creation time, then id) before they are handed out.
    /// </remarks>
    public IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max) =>
        [.. Outbox.Query()
            .Where(o => o.Status == OutboxStatus.Pending && o.DueAt <= now)
            .OrderBy(o => o.DueAt)
            .Limit(max)
            .ToList()
            .OrderBy(o => o.DueAt)
            .ThenBy(o => o.CreatedAt)
            .ThenBy(o => o.Id, StringComparer.Ordinal)];

    public int Enqueue(IEnumerable<OutboxMessage> messages) => InTransaction(db => AddToOutbox(db, messages));

    public bool Claim(string messageId) => InTransaction(_ =>
    {
        var message = Outbox.FindById(messageId);
        if (message is null || message.Status != OutboxStatus.Pending)
            return false;
        message.Status = OutboxStatus.Sending;
        return Outbox.Update(message);
    });

    public IReadOnlyList<OutboxMessage> Interrupted() =>
        Outbox.Find(o => o.Status == OutboxStatus.Sending).ToList();

    public void MarkSent(string messageId, DateTimeOffset at) => Update(messageId, m =>
    {
        m.Status = OutboxStatus.Sent;
        m.SentAt = at;
        m.Attempts++;
    });

    public void MarkRetry(string messageId, DateTimeOffset dueAt, string reason) => Update(messageId, m =>
    {
        m.Status = OutboxStatus.Pending;
        m.DueAt = dueAt;
        m.LastError = reason;
        m.Attempts++;
    });

    public void MarkFailed(string messageId, string reason) => Update(messageId, m =>
    {
        m.Status = OutboxStatus.Failed;
        m.LastError = reason;
        m.Attempts++;
    });

    public void MarkUnreachable(string messageId, string reason) => InTransaction(db =>
    {
        var message = Outbox.FindById(messageId) ?? throw new KeyNotFoundException($"No outbox message {messageId}.");
        message.Status = OutboxStatus.Unreachable;
        message.LastError = reason;
        message.Attempts++;
        Outbox.Update(message);

        var member = Members.FindById(message.MemberId);
        if (member is not null && !member.UnreachableOn.Contains(message.Channel))
        {
            member.UnreachableOn.Add(message.Channel);
            Members.Update(member);
        }

        return true;
    });

    private void Update(string messageId, Action<OutboxMessage> change)
    {
        var message = Outbox.FindById(messageId) ?? throw new KeyNotFoundException($"No outbox message {messageId}.");
        change(message);
        Outbox.Update(message);
    }
}
