using BenchmarkDotNet.Attributes;
using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;
using SkillShare.Core.Matching.Simulation;

namespace SkillShare.Benchmarks.Matching;

/// <summary>Top 10 for one request over 100,000 active offers: the index against a full scan.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class RetrievalBenchmarks
{
    private const int Requests = 50;

    private readonly ReciprocalModel _model = ReciprocalModel.CreatePrior();
    private OfferIndex _index = null!;
    private List<RequestEntry> _requests = null!;

    [Params("starter", "generated")]
    public string Taxonomy { get; set; } = "generated";

    [GlobalSetup]
    public void Setup() => (_index, _requests) = MatchingMarkets.Market(Taxonomy, 100_000, 20_000, Requests);

    [Benchmark(OperationsPerInvoke = Requests)]
    public int IndexTopTen()
    {
        var found = 0;
        foreach (var request in _requests)
            found += _index.TopMatches(request, _model, SyntheticMarket.Now).Count;
        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public int ScanTopTen()
    {
        var found = 0;
        foreach (var request in _requests)
            found += _index.ScanTopMatches(request, _model, SyntheticMarket.Now).Count;
        return found;
    }
}
