using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Simulation;
using SkillShare.Core.Skills;

namespace SkillShare.Benchmarks.Matching;

/// <summary>The seeded synthetic markets every benchmark uses.</summary>
public static class MatchingMarkets
{
    public const int Seed = 20261204;

    /// <summary>"starter" (81 skills) or "generated" (20 areas × 10 fields × 10 skills: 2,220 skills).</summary>
    public static SkillTaxonomy Taxonomy(string name) => name switch
    {
        "starter" => SkillTaxonomy.Starter,
        "generated" => SyntheticTaxonomy.Generate(areas: 20, fanOut: 10),
        _ => throw new ArgumentException($"Unknown taxonomy '{name}'.", nameof(name)),
    };

    public static (OfferIndex Index, List<RequestEntry> Requests) Market(
        string taxonomyName, int offers, int freelancers, int requests)
    {
        var taxonomy = Taxonomy(taxonomyName);
        var market = new SyntheticMarket(taxonomy, Seed);
        var index = new OfferIndex(taxonomy);
        foreach (var offer in market.Offers(offers, freelancers))
            index.Upsert(offer);
        return (index, market.Requests(requests));
    }
}
