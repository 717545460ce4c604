using Microsoft.Extensions.Options;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Assignment;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Matching;

/// <summary>
/// The periodic re-match: every published request with room takes its top candidates not proposed
/// before, one min-cost assignment spreads them over the freelancers' free slots, and each new pair
/// is proposed and announced in one transaction. Everything it needs is read from the store.
/// </summary>
internal sealed class MatchSweepService(
    OfferIndexService offers,
    MatchModelService model,
    IMatchStore matches,
    IPostStore posts,
    IMemberStore members,
    IConversationStore store,
    MatchPlanner planner,
    OutboxSignal signal,
    IOptions<MatchingOptions> options,
    TimeProvider time,
    ILogger<MatchSweepService> logger)
{
    /// <summary>Runs one sweep; returns how many new matches were proposed.</summary>
    public int Run()
    {
        var now = time.GetUtcNow();
        var open = Open();
        var slots = SlotCounter.Load(matches, options.Value, now);
        var problems = new List<AssignmentRequest>();
        var offerOf = new Dictionary<(string Request, string Freelancer), string>();
        foreach (var (entry, taken) in open)
            problems.Add(Candidates(entry, taken, offerOf, now));

        var capacities = problems.SelectMany(p => p.Candidates).Select(c => c.FreelancerId)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => Math.Max(0, slots.Free(id)), StringComparer.Ordinal);
        var assigned = MinCostAssignment.Solve(problems, capacities);
        var proposed = Propose(open.ToDictionary(o => o.Entry.Request.Id, o => o.Entry), assigned, offerOf, now);
        Log.Swept(logger, open.Count, proposed);
        return proposed;
    }

    /// <summary>Published requests with room, with the freelancers already proposed for each.</summary>
    private List<(RequestEntry Entry, HashSet<string> Taken)> Open()
    {
        var open = new List<(RequestEntry, HashSet<string>)>();
        foreach (var request in posts.PublishedRequests())
        {
            var existing = matches.MatchesOfRequest(request.Id);
            var client = members.FindById(request.MemberId);
            if (client is null || existing.Count(m => m.Status != MatchStatus.Declined) >= options.Value.OpenPerRequest)
                continue;
            var taken = existing.Select(m => m.FreelancerId).ToHashSet(StringComparer.Ordinal);
            open.Add((new RequestEntry(request, MatchParty.From(client)), taken));
        }

        return open;
    }

    private AssignmentRequest Candidates(RequestEntry entry, HashSet<string> taken,
        Dictionary<(string, string), string> offerOf, DateTimeOffset now)
    {
        var k = MatchSweep.CandidatesPerRequest + taken.Count;
        var top = model.Use(m => offers.Index.TopCandidates(entry, m, now, k));
        var candidates = new List<AssignmentCandidate>();
        foreach (var candidate in top.Where(c => !taken.Contains(c.FreelancerId)).DistinctBy(c => c.FreelancerId))
        {
            offerOf[(entry.Request.Id, candidate.FreelancerId)] = candidate.OfferId;
            candidates.Add(new AssignmentCandidate(candidate.FreelancerId, candidate.Match));
        }

        return new AssignmentRequest(entry.Request.Id, candidates);
    }

    private int Propose(Dictionary<string, RequestEntry> byId, IReadOnlyList<Assignment> assigned,
        Dictionary<(string, string), string> offerOf, DateTimeOffset now)
    {
        var changes = new TurnChanges();
        var proposed = 0;
        foreach (var assignment in assigned)
        {
            var entry = byId[assignment.RequestId];
            var offerId = offerOf[(assignment.RequestId, assignment.FreelancerId)];
            var pair = model.Use(m => offers.Index.Evaluate(entry, offerId, m, now)).Match;
            var client = members.FindById(entry.Client.MemberId);
            if (pair is null || client is null)
                continue;
            proposed += planner.Propose(entry.Request, client, [pair], changes, now).Count;
        }

        if (changes.Matches.Count == 0)
            return 0;
        store.Commit(changes);
        signal.Notify();
        return proposed;
    }
}
