using LiteDB;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Core.Posts;

namespace SkillShare.Storage;

/// <summary>
/// The ordered schema changes. The data file records the last one applied; at start-up every later
/// one runs, each with the version bump in the same transaction.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly (int Version, string Name, Action<LiteDatabase> Apply)[] All =
    [
        (1, "initial indexes", CreateInitialIndexes),
        (2, "match indexes", CreateMatchIndexes),
    ];

    public static int Latest => All[^1].Version;

    /// <summary>Applies every migration newer than the file's version; returns the version reached.</summary>
    public static int Run(LiteDatabase db)
    {
        var meta = db.GetCollection(Collections.Meta);
        var current = meta.FindById("schema")?["version"].AsInt32 ?? 0;
        if (current > Latest)
            throw new InvalidOperationException(
                $"The data file has schema version {current}, newer than this build knows ({Latest}).");

        foreach (var (version, _, apply) in All.Where(m => m.Version > current))
        {
            apply(db);
            meta.Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = version });
            db.Checkpoint();
        }

        return Latest;
    }

    private static void CreateInitialIndexes(LiteDatabase db)
    {
        db.GetCollection<Member>(Collections.Members).EnsureIndex(m => m.PhoneHash);
        db.GetCollection<IdentityLink>(Collections.Identities).EnsureIndex(i => i.MemberId);
        db.GetCollection<VerificationRecord>(Collections.Verifications).EnsureIndex(v => v.MemberId);

        var offers = db.GetCollection<SkillOffer>(Collections.Offers);
        offers.EnsureIndex(o => o.MemberId);
        offers.EnsureIndex(o => o.Status);

        var requests = db.GetCollection<TalentRequest>(Collections.Requests);
        requests.EnsureIndex(r => r.MemberId);
        requests.EnsureIndex(r => r.Status);

        db.GetCollection<ProcessedDelivery>(Collections.Deliveries).EnsureIndex(d => d.At);

        var outbox = db.GetCollection<OutboxMessage>(Collections.Outbox);
        outbox.EnsureIndex(o => o.DedupeKey, unique: true);
        outbox.EnsureIndex(o => o.Status);
        outbox.EnsureIndex(o => o.DueAt);
        db.GetCollection<ConversationState>(Collections.Conversations).EnsureIndex(c => c.MemberId);
    }

    private static void CreateMatchIndexes(LiteDatabase db)
    {
        var matches = db.GetCollection<Match>(Collections.Matches);
        matches.EnsureIndex(m => m.RequestId);
        matches.EnsureIndex(m => m.OfferId);
        matches.EnsureIndex(m => m.FreelancerId);
        matches.EnsureIndex(m => m.ClientId);
        matches.EnsureIndex(m => m.Status);
    }
}
