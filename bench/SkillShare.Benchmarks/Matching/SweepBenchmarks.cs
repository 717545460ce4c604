using BenchmarkDotNet.Attributes;
using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Assignment;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;
using SkillShare.Core.Matching.Simulation;

namespace SkillShare.Benchmarks.Matching;

/// <summary>
/// The sweep: 10,000 requests against 2,000 freelancers (two offers each) with 5 open slots each;
/// the whole sweep (retrieval and assignment) and the assignment alone.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SweepBenchmarks
{
    private const int Freelancers = 2_000;

    private readonly ReciprocalModel _model = ReciprocalModel.CreatePrior();
    private OfferIndex _index = null!;
    private List<RequestEntry> _requests = null!;
    private Dictionary<string, int> _slots = null!;
    private List<AssignmentRequest> _problem = null!;

    [Params("starter", "generated")]
    public string Taxonomy { get; set; } = "generated";

    [GlobalSetup]
    public void Setup()
    {
        (_index, _requests) = MatchingMarkets.Market(Taxonomy, 2 * Freelancers, Freelancers, 10_000);
        _slots = Enumerable.Range(0, Freelancers).ToDictionary(i => $"f{i:D6}", _ => 5);
        _problem = [.. _requests.Select(Candidates)];
    }

    [Benchmark]
    public int Sweep() => new MatchSweep(_index, _model).Run(_requests, _slots, SyntheticMarket.Now).Count;

    [Benchmark]
    public int AssignmentOnly() => MinCostAssignment.Solve(_problem, _slots).Count;

    private AssignmentRequest Candidates(RequestEntry request) => new(
        request.Request.Id,
        [
            .. _index.TopMatches(request, _model, SyntheticMarket.Now, MatchSweep.CandidatesPerRequest)
                .DistinctBy(m => m.FreelancerId)
                .Select(m => new AssignmentCandidate(m.FreelancerId, m.Score.Match)),
        ]);
}
