using Microsoft.Extensions.Options;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Matching;

/// <summary>
/// Matches a post the moment it is published: a request against the offer index, an offer against
/// the published requests. Only pairs never proposed before are added, within each freelancer's
/// open slots and each request's room.
/// </summary>
internal sealed class PublishMatcher(
    OfferIndexService offers,
    MatchModelService model,
    IMatchStore matches,
    IPostStore posts,
    IMemberStore members,
    MatchPlanner planner,
    IOptions<MatchingOptions> options)
{
    /// <summary>Proposes new pairs for a request; false when it has no live candidate at all.</summary>
    public bool MatchRequest(TalentRequest request, Member client, TurnChanges changes, DateTimeOffset now)
    {
        var existing = matches.MatchesOfRequest(request.Id);
        var live = existing.Count(m => m.Status != MatchStatus.Declined);
        var room = Math.Min(options.Value.OpenPerRequest - live, options.Value.CandidatesOnPublish);
        if (room <= 0)
            return true;

        var entry = new RequestEntry(request, MatchParty.From(client));
        var k = room + existing.Count + options.Value.CandidatesOnPublish;
        var top = model.Use(m => offers.Index.TopMatches(entry, m, now, k));
        var taken = existing.Select(m => m.FreelancerId).ToHashSet(StringComparer.Ordinal);
        var slots = SlotCounter.Load(matches, options.Value, now);
        var chosen = top.Where(r => taken.Add(r.FreelancerId) && slots.TryTake(r.FreelancerId)).Take(room).ToList();
        planner.Propose(request, client, chosen, changes, now);
        return live + chosen.Count > 0;
    }

    /// <summary>Proposes a newly published offer to the requests it fits best.</summary>
    public void MatchOffer(SkillOffer offer, Member freelancer, TurnChanges changes, DateTimeOffset now)
    {
        var slots = SlotCounter.Load(matches, options.Value, now);
        var entry = OfferIndexService.Entry(offer, members, freelancer);
        if (entry is null || !slots.TryTake(freelancer.Id))
            return;

        var previous = posts.FindOffer(offer.Id);
        offers.Index.Upsert(entry);
        try
        {
            var fits = FittingRequests(offer, freelancer, now)
                .OrderByDescending(f => f.Pair.Score.Match)
                .Take(Math.Min(options.Value.RequestsOnPublish, slots.Free(freelancer.Id) + 1));
            foreach (var (request, client, pair) in fits)
                planner.Propose(request, client, [pair], changes, now);
        }
        finally
        {
            // The index holds committed offers only; the commit's after-step puts the new version in.
            if (previous is null)
                offers.Index.Remove(offer.Id);
            else
                offers.Refresh([previous]);
        }
    }

    private List<(TalentRequest Request, Member Client, MatchResult Pair)> FittingRequests(
        SkillOffer offer, Member freelancer, DateTimeOffset now)
    {
        var fits = new List<(TalentRequest, Member, MatchResult)>();
        foreach (var request in posts.PublishedRequests().Where(r => r.MemberId != freelancer.Id))
        {
            var client = members.FindById(request.MemberId);
            if (client is null || !HasRoom(request, freelancer.Id))
                continue;
            var entry = new RequestEntry(request, MatchParty.From(client));
            var evaluation = model.Use(m => offers.Index.Evaluate(entry, offer.Id, m, now));
            if (evaluation.Match is { } pair)
                fits.Add((request, client, pair));
        }

        return fits;
    }

    /// <summary>The request has room for one more candidate and none from this freelancer yet.</summary>
    private bool HasRoom(TalentRequest request, string freelancerId)
    {
        var existing = matches.MatchesOfRequest(request.Id);
        return existing.All(m => m.FreelancerId != freelancerId) &&
            existing.Count(m => m.Status != MatchStatus.Declined) < options.Value.OpenPerRequest;
    }
}
