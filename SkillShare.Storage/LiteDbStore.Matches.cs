using LiteDB;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Storage;

public sealed partial class LiteDbStore : IMatchStore, IModelStateStore, IMemberConversations
{
    private const string ModelId = "reciprocal";

    private ILiteCollection<Match> Matches => _db.GetCollection<Match>(Collections.Matches);

    public IReadOnlyList<ConversationState> ConversationsOf(string memberId) =>
        [.. _db.GetCollection<ConversationState>(Collections.Conversations)
            .Find(c => c.MemberId == memberId).OrderByDescending(c => c.UpdatedAt)];

    public Match? FindMatch(string matchId) => Matches.FindById(matchId);

    public Match? FindPair(string requestId, string offerId) =>
        Matches.Find(m => m.RequestId == requestId).FirstOrDefault(m => m.OfferId == offerId);

    public IReadOnlyList<Match> MatchesOfRequest(string requestId) =>
        [.. Matches.Find(m => m.RequestId == requestId).OrderByDescending(m => m.Probability)];

    public IReadOnlyDictionary<string, int> OpenMatchesByFreelancer(DateTimeOffset proposedSince) =>
        Matches.Find(m => m.Status == MatchStatus.Matched ||
                (m.Status == MatchStatus.Proposed && m.CreatedAt >= proposedSince))
            .GroupBy(m => m.FreelancerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public (LogisticModelState Client, LogisticModelState Freelancer)? LoadModel()
    {
        var document = _db.GetCollection(Collections.MatchModel).FindById(ModelId);
        if (document is null)
            return null;
        return (FromBson(document["client"].AsDocument), FromBson(document["freelancer"].AsDocument));
    }

    public void SaveModel(LogisticModelState client, LogisticModelState freelancer, IEnumerable<Match> learnt) =>
        InTransaction(db =>
        {
            var document = new BsonDocument
            {
                ["_id"] = ModelId,
                ["client"] = ToBson(client),
                ["freelancer"] = ToBson(freelancer),
            };
            db.GetCollection(Collections.MatchModel).Upsert(document);
            db.GetCollection<Match>(Collections.Matches).Upsert(learnt);
            return true;
        });

    private static BsonDocument ToBson(LogisticModelState state) => new()
    {
        ["bias"] = state.Bias,
        ["weights"] = new BsonArray(state.Weights.Select(w => new BsonValue(w))),
        ["biasPrecision"] = state.BiasPrecision,
        ["precisions"] = new BsonArray(state.Precisions.Select(p => new BsonValue(p))),
        ["observations"] = state.Observations,
    };

    private static LogisticModelState FromBson(BsonDocument bson) => new(
        bson["bias"].AsDouble,
        [.. bson["weights"].AsArray.Select(v => v.AsDouble)],
        bson["biasPrecision"].AsDouble,
        [.. bson["precisions"].AsArray.Select(v => v.AsDouble)],
        bson["observations"].AsInt64);
}
