using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Core.Matching.Assignment;

/// <summary>
/// The periodic re-match: each open request's top candidates from the index, then one assignment
/// over all of them that respects each freelancer's open slots; only assigned pairs are explained.
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
        var offerOf = new Dictionary<(string Request, string Freelancer), string>();
        var problems = new List<AssignmentRequest>(requests.Count);
        foreach (var entry in requests)
        {
            var best = index.TopCandidates(entry, model, now, CandidatesPerRequest).DistinctBy(c => c.FreelancerId);
            var candidates = new List<AssignmentCandidate>();
            foreach (var candidate in best)
            {
                offerOf[(entry.Request.Id, candidate.FreelancerId)] = candidate.OfferId;
                candidates.Add(new AssignmentCandidate(candidate.FreelancerId, candidate.Match));
            }

            problems.Add(new AssignmentRequest(entry.Request.Id, candidates));
        }

        var byId = requests.ToDictionary(r => r.Request.Id, StringComparer.Ordinal);
        return
        [
            .. MinCostAssignment.Solve(problems, openSlots).Select(a => new SweepAssignment(
                a.RequestId,
                index.Evaluate(byId[a.RequestId], offerOf[(a.RequestId, a.FreelancerId)], model, now).Match!)),
        ];
    }
}
