using System.Globalization;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Simulation;

namespace SkillShare.Benchmarks;

/// <summary>
/// Retained memory of the index over 100,000 offers: managed heap after a full collection, with the
/// offers built first so that the figure is the index's own structures (postings, term vectors).
/// </summary>
public static class IndexMemory
{
    public static void Print(string taxonomyName, int offers = 100_000)
    {
        var taxonomy = BenchmarkData.Taxonomy(taxonomyName);
        var market = new SyntheticMarket(taxonomy, BenchmarkData.Seed);
        var entries = market.Offers(offers, offers / 5);
        var before = Settled();

        var index = new OfferIndex(taxonomy);
        entries.ForEach(index.Upsert);
        var after = Settled();

        GC.KeepAlive(entries);
        var mib = (after - before) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{taxonomyName}: index over {index.Count:N0} offers retains {mib:F1} MiB ({(after - before) / index.Count} bytes per offer)"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"offers themselves (not counted above): {before / 1024.0 / 1024.0:F1} MiB heap"));
    }

    private static long Settled() => GC.GetTotalMemory(forceFullCollection: true);
}
