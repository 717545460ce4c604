using System.Security.Cryptography;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Matching;

/// <summary>
/// Turns scored pairs into match records and the pushes that announce them, added to one set of
/// changes: each freelancer hears of the request, the client gets one shortlist of the new pairs.
/// </summary>
internal sealed class MatchPlanner(IMemberStore members, MatchMessages messages)
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>Proposes these pairs of one request; returns the match records made.</summary>
    public IReadOnlyList<Match> Propose(TalentRequest request, Member client, IEnumerable<MatchResult> pairs,
        TurnChanges changes, DateTimeOffset now)
    {
        var made = new List<Match>();
        foreach (var pair in pairs)
        {
            var match = NewMatch(request, client, pair, now);
            changes.Save(match);
            made.Add(match);
            var freelancer = members.FindById(pair.FreelancerId);
            if (freelancer is not null)
                Add(changes, messages.To(freelancer, MatchKinds.RequestForFreelancer,
                    $"{MatchKinds.RequestForFreelancer}:{request.Id}:{pair.OfferId}",
                    new Dictionary<string, string>(StringComparer.Ordinal) { ["match"] = match.Id }, now));
        }

        if (made.Count > 0)
            Add(changes, Shortlist(request, client, made, now));
        return made;
    }

    private Core.Notifications.OutboxMessage? Shortlist(TalentRequest request, Member client, List<Match> made,
        DateTimeOffset now)
    {
        var offers = string.Join(",", made.Select(m => m.OfferId).Order(StringComparer.Ordinal));
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["request"] = request.Id,
            ["matches"] = string.Join(",", made.OrderByDescending(m => m.Probability).Select(m => m.Id)),
        };
        var key = $"{MatchKinds.ShortlistForClient}:{request.Id}:{Convert.ToHexString(
            SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(offers)))[..16]}";
        return messages.To(client, MatchKinds.ShortlistForClient, key, data, now);
    }

    private static Match NewMatch(TalentRequest request, Member client, MatchResult pair, DateTimeOffset now) => new()
    {
        Id = NewId(),
        RequestId = request.Id,
        OfferId = pair.OfferId,
        ClientId = client.Id,
        FreelancerId = pair.FreelancerId,
        Probability = pair.Score.Match,
        Reasons = [.. pair.Reasons.Select(r => r.Feature)],
        Features = [.. pair.Features.Values.ToArray()],
        Status = MatchStatus.Proposed,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Twelve characters from a 32-letter alphabet: 60 random bits, short enough for a button key.</summary>
    private static string NewId() => RandomNumberGenerator.GetString(Alphabet, 12);

    private static void Add(TurnChanges changes, Core.Notifications.OutboxMessage? message)
    {
        if (message is not null)
            changes.Notifications.Add(message);
    }
}
