using System.Globalization;
using BenchmarkDotNet.Attributes;
using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Simulation;
using SkillShare.Core.Skills;

namespace SkillShare.Benchmarks.Matching;

/// <summary>
/// Memory for 100,000 offers in the index. The setup prints what the index retains (managed heap
/// after a full collection, offers built beforehand so only the index's own structures count);
/// the benchmark builds the index, and the memory diagnoser reports what building allocates.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IndexMemoryBenchmarks
{
    private const int Offers = 100_000;

    private SkillTaxonomy _taxonomy = null!;
    private List<OfferEntry> _offers = null!;

    [Params("starter", "generated")]
    public string Taxonomy { get; set; } = "generated";

    [GlobalSetup]
    public void Setup()
    {
        _taxonomy = MatchingMarkets.Taxonomy(Taxonomy);
        _offers = new SyntheticMarket(_taxonomy, MatchingMarkets.Seed).Offers(Offers, Offers / 5);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = BuildIndex(_taxonomy, _offers);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(index);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// {Taxonomy}: the index over {Offers:N0} offers retains {retained / 1048576.0:F1} MiB "
            + $"({retained / Offers} bytes per offer); the offers themselves {before / 1048576.0:F1} MiB of heap"));
    }

    [Benchmark]
    public int Build() => BuildIndex(_taxonomy, _offers).Count;

    private static OfferIndex BuildIndex(SkillTaxonomy taxonomy, List<OfferEntry> offers)
    {
        var index = new OfferIndex(taxonomy);
        offers.ForEach(index.Upsert);
        return index;
    }
}
