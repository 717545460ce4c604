using LiteDB;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Core.Posts;

namespace SkillShare.Storage;

public sealed partial class LiteDbStore
{
    public ConversationState? Find(string conversationId) =>
        _db.GetCollection<ConversationState>(Collections.Conversations).FindById(conversationId);

    public bool WasProcessed(string deliveryId) =>
        _db.GetCollection<ProcessedDelivery>(Collections.Deliveries).Exists(d => d.Id == deliveryId);

    public void Commit(TurnChanges changes) => InTransaction(db =>
    {
        if (changes.DeliveryId is { } deliveryId)
            db.GetCollection<ProcessedDelivery>(Collections.Deliveries)
                .Upsert(new ProcessedDelivery { Id = deliveryId, At = _time.GetUtcNow() });

        if (changes.Conversation is { } conversation)
            db.GetCollection<ConversationState>(Collections.Conversations).Upsert(conversation);

        foreach (var member in changes.Members)
            SaveMember(db, member);

        db.GetCollection<VerificationRecord>(Collections.Verifications).Upsert(changes.Verifications);
        db.GetCollection<SkillOffer>(Collections.Offers).Upsert(changes.Offers);
        db.GetCollection<TalentRequest>(Collections.Requests).Upsert(changes.Requests);
        db.GetCollection<Match>(Collections.Matches).Upsert(changes.Matches);
        AddToOutbox(db, changes.Notifications);
        SaveCompanies(db, changes.Companies);
        return true;
    });

    /// <summary>Forgets deliveries older than the cut-off; channels do not re-send after a day.</summary>
    public int PruneDeliveries(DateTimeOffset olderThan) =>
        _db.GetCollection<ProcessedDelivery>(Collections.Deliveries).DeleteMany(d => d.At < olderThan);

    private static void SaveMember(LiteDatabase db, Member member)
    {
        db.GetCollection<Member>(Collections.Members).Upsert(member);
        var links = db.GetCollection<IdentityLink>(Collections.Identities);
        foreach (var identity in member.Identities)
        {
            var existing = links.FindById(identity.Key);
            if (existing is not null && existing.MemberId != member.Id)
                throw new InvalidOperationException("A channel identity is already linked to another member.");
            links.Upsert(new IdentityLink { Id = identity.Key, MemberId = member.Id });
        }
    }

    private static int AddToOutbox(LiteDatabase db, IEnumerable<OutboxMessage> messages)
    {
        var outbox = db.GetCollection<OutboxMessage>(Collections.Outbox);
        var added = 0;
        foreach (var message in messages)
        {
            if (outbox.Exists(o => o.DedupeKey == message.DedupeKey))
                continue;
            outbox.Insert(message);
            added++;
        }

        return added;
    }
}
