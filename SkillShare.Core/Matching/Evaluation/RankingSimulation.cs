using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;

namespace SkillShare.Core.Matching.Evaluation;

/// <summary>
/// A simulated market built from occupations: each freelancer practises one occupation and offers a
/// sample of its skills; each request samples another set of one occupation's skills, and the
/// offers of that occupation are the relevant ones. Ranks with the full model, with text alone (the
/// skills only as words, scored by BM25), and at random.
/// </summary>
public sealed class RankingSimulation(SkillTaxonomy taxonomy, IReadOnlyList<Occupation> occupations, int seed)
{
    private const int K = 10;
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Random _random = new(seed);

    public IReadOnlyList<RankingScore> Run(int offersPerOccupation, int requestCount)
    {
        var usable = occupations
            .Where(o => o.EssentialSkills.Count(s => taxonomy.FindById(s) is not null) >= 3)
            .ToList();
        if (usable.Count == 0)
            throw new ArgumentException("No occupation has three skills known to the taxonomy.");
        var market = usable
            .SelectMany(o => Enumerable.Range(0, offersPerOccupation).Select(i => (o.Id, Entry: Offer(o, i))))
            .ToList();
        var (full, text) = (new OfferIndex(taxonomy), new OfferIndex(taxonomy));
        market.ForEach(o => full.Upsert(o.Entry));
        market.ForEach(o => text.Upsert(o.Entry with { Offer = TextOnly(o.Entry.Offer) }));
        var runs = Enumerable.Range(0, requestCount)
            .Select(i => usable[_random.Next(usable.Count)])
            .Select((o, i) => (Relevant: Relevant(market, o.Id), Request: Request(o, i)))
            .ToList();
        var ids = market.Select(o => o.Entry.Offer.Id).ToList();
        return
        [
            Score("model", runs, r => Ids(full.TopMatches(r, ReciprocalModel.CreatePrior(), Now, K))),
            Score("text-only", runs, r => Ids(text.TopMatches(TextOnly(r), TextOnlyModel(), Now, K))),
            Score("random", runs, _ => [.. ids.OrderBy(_ => _random.Next()).Take(K)]),
        ];
    }

    private static RankingScore Score(
        string ranker,
        List<(HashSet<string> Relevant, RequestEntry Request)> runs,
        Func<RequestEntry, List<string>> rank)
    {
        var ranked = runs.Select(r => (r.Relevant, Ranked: rank(r.Request))).ToList();
        return new RankingScore(
            ranker,
            ranked.Average(r => RankingMetrics.NdcgAt(K, r.Ranked, r.Relevant)),
            ranked.Average(r => RankingMetrics.RecallAt(K, r.Ranked, r.Relevant)),
            ranked.Average(r => RankingMetrics.ReciprocalRank(r.Ranked, r.Relevant)),
            ranked.Count);
    }

    private OfferEntry Offer(Occupation occupation, int i)
    {
        var party = Party("f-" + occupation.Id + "-" + i);
        var offer = new SkillOffer
        {
            Id = "o-" + occupation.Id + "-" + i,
            MemberId = party.MemberId,
            Skills = Sample(occupation, 3, 8),
            Status = PostStatus.Published,
            UpdatedAt = Now,
        };
        return new OfferEntry(offer, party);
    }

    private RequestEntry Request(Occupation occupation, int i)
    {
        var party = Party("c" + i);
        var request = new TalentRequest
        {
            Id = "r" + i,
            MemberId = party.MemberId,
            RequiredSkills = Sample(occupation, 2, 5),
            Status = PostStatus.Published,
            UpdatedAt = Now,
        };
        return new RequestEntry(request, party);
    }

    private List<SkillRef> Sample(Occupation occupation, int min, int max) =>
    [
        .. occupation.EssentialSkills
            .Select(taxonomy.FindById)
            .OfType<Skill>()
            .OrderBy(_ => _random.Next())
            .Take(_random.Next(min, max + 1))
            .Select(s => new SkillRef(s.Id, s.PreferredLabel)),
    ];

    private static HashSet<string> Relevant(List<(string Occupation, OfferEntry Entry)> market, string occupation) =>
        [.. market.Where(o => o.Occupation == occupation).Select(o => o.Entry.Offer.Id)];

    /// <summary>The offer with its skills only as words.</summary>
    private static SkillOffer TextOnly(SkillOffer offer) => new()
    {
        Id = offer.Id,
        MemberId = offer.MemberId,
        Description = string.Join(". ", offer.Skills.Select(s => s.Label)),
        Status = offer.Status,
        UpdatedAt = offer.UpdatedAt,
    };

    private static RequestEntry TextOnly(RequestEntry entry) => entry with
    {
        Request = new TalentRequest
        {
            Id = entry.Request.Id,
            MemberId = entry.Request.MemberId,
            Description = string.Join(". ", entry.Request.RequiredSkills.Select(s => s.Label)),
            Status = entry.Request.Status,
            UpdatedAt = entry.Request.UpdatedAt,
        },
    };

    /// <summary>A model that ranks by text relevance alone.</summary>
    private static ReciprocalModel TextOnlyModel()
    {
        var weights = new double[FeatureVector.Count];
        weights[(int)MatchFeature.TextRelevance] = 1;
        var precisions = Enumerable.Repeat(1.0, FeatureVector.Count).ToArray();
        var state = new LogisticModelState(0, weights, 1, precisions, 0);
        return new ReciprocalModel(new LogisticModel(state), new LogisticModel(state));
    }

    private static MatchParty Party(string memberId) => new() { MemberId = memberId, IsVerified = true };

    private static List<string> Ids(IReadOnlyList<MatchResult> matches) => [.. matches.Select(m => m.OfferId)];
}
