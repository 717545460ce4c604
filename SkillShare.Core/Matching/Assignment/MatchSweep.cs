using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Core.Matching.Assignment;

/// <summary>
/// The periodic re-match: each open request's top candidates from the index, then one assignment
/// over all of them that respects each freelancer's open slots.
/// </summary>
public sealed class MatchSweep(OfferIndex index, ReciprocalModel model)
{
    /// <summary>How many candidates per request enter the assignment.</summary>
    public const int CandidatesPerRequest = 10;

    /// <summary>Assigns requests; a freelancer missing from <paramref name="openSlots"/> has none.</summary>
    public IReadOnlyList<SweepAssignment> Run(
        IReadOnlyList<RequestEntry> requests, IReadOnlyDictionary<string, int> openSlots, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(openSlots);
        var bestByRequest = new Dictionary<string, Dictionary<string, MatchResult>>(StringComparer.Ordinal);
        var problems = new List<AssignmentRequest>(requests.Count);
        foreach (var entry in requests)
        {
            var best = BestPerFreelancer(index.TopMatches(entry, model, now, CandidatesPerRequest));
            bestByRequest[entry.Request.Id] = best;
            var candidates = best.Values.Select(m => new AssignmentCandidate(m.FreelancerId, m.Score.Match));
            problems.Add(new AssignmentRequest(entry.Request.Id, [.. candidates]));
        }

        return
        [
            .. MinCostAssignment.Solve(problems, openSlots)
                .Select(a => new SweepAssignment(a.RequestId, bestByRequest[a.RequestId][a.FreelancerId])),
        ];
    }

    private static Dictionary<string, MatchResult> BestPerFreelancer(IReadOnlyList<MatchResult> matches)
    {
        var best = new Dictionary<string, MatchResult>(StringComparer.Ordinal);
        foreach (var match in matches)
            best.TryAdd(match.FreelancerId, match);
        return best;
    }
}
