using SkillShare.Core.Matching.Assignment;

namespace SkillShare.Core.Tests.Matching;

public class MinCostAssignmentTests
{
    [Fact]
    public void Solve_GreedyTrap_FindsTheOptimum()
    {
        var requests = new[]
        {
            Request("r1", ("A", 0.9), ("B", 0.8)),
            Request("r2", ("A", 0.85), ("B", 0.1)),
        };

        var result = MinCostAssignment.Solve(requests, Slots(("A", 1), ("B", 1)));

        Assert.Equal(["r1:B", "r2:A"], Pairs(result));
        Assert.Equal(1.65, result.Sum(a => a.Score), 9);
    }

    [Fact]
    public void Solve_CapacityTwo_PicksTheBestSplit()
    {
        var requests = new[]
        {
            Request("r1", ("A", 0.9), ("B", 0.5)),
            Request("r2", ("A", 0.8), ("B", 0.45)),
            Request("r3", ("A", 0.7), ("B", 0.1)),
        };

        var result = MinCostAssignment.Solve(requests, Slots(("A", 2), ("B", 1)));

        Assert.Equal(["r1:A", "r2:B", "r3:A"], Pairs(result));
    }

    [Fact]
    public void Solve_MoreRequestsThanSlots_KeepsTheBest()
    {
        var requests = new[] { Request("r1", ("A", 0.3)), Request("r2", ("A", 0.9)), Request("r3", ("A", 0.5)) };

        var result = MinCostAssignment.Solve(requests, Slots(("A", 1)));

        Assert.Equal(["r2:A"], Pairs(result));
    }

    [Fact]
    public void Solve_LateBetterRequest_DisplacesAnEarlierOne()
    {
        var requests = new[]
        {
            Request("r1", ("A", 0.4)),
            Request("r2", ("A", 0.6), ("B", 0.5)),
            Request("r3", ("B", 0.9)),
        };

        var result = MinCostAssignment.Solve(requests, Slots(("A", 1), ("B", 1)));

        Assert.Equal(["r2:A", "r3:B"], Pairs(result));
    }

    [Fact]
    public void Solve_NoSlotsOrUnknownFreelancer_LeavesRequestsOut()
    {
        var requests = new[] { Request("r1", ("A", 0.9)), Request("r2", ("Z", 0.9)) };

        var result = MinCostAssignment.Solve(requests, Slots(("A", 0)));

        Assert.Empty(result);
    }

    [Fact]
    public void Solve_RandomSmallMarkets_MatchesBruteForceOptimum()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var (requests, slots) = RandomMarket(new Random(seed), requestCount: 6, freelancerCount: 3, maxSlots: 2);

            var result = MinCostAssignment.Solve(requests, slots);

            var optimum = BruteForce(requests, 0, new Dictionary<string, int>(slots));
            Assert.Equal(optimum, result.Sum(a => a.Score), 9);
            AssertFeasible(requests, slots, result);
        }
    }

    [Fact]
    public void Solve_RandomLargeMarket_NeverExceedsCapacity()
    {
        var (requests, slots) = RandomMarket(new Random(42), requestCount: 3_000, freelancerCount: 300, maxSlots: 5);

        var result = MinCostAssignment.Solve(requests, slots);

        AssertFeasible(requests, slots, result);
        Assert.True(result.Count >= slots.Values.Sum() * 9 / 10);
    }

    private static void AssertFeasible(
        IReadOnlyList<AssignmentRequest> requests, Dictionary<string, int> slots, IReadOnlyList<Assignment> result)
    {
        Assert.Equal(result.Count, result.Select(a => a.RequestId).Distinct().Count());
        Assert.All(result.GroupBy(a => a.FreelancerId), g => Assert.True(g.Count() <= slots[g.Key]));
        var listed = requests.SelectMany(r => r.Candidates.Select(c => (r.RequestId, c.FreelancerId))).ToHashSet();
        Assert.All(result, a => Assert.Contains((a.RequestId, a.FreelancerId), listed));
    }

    private static double BruteForce(
        IReadOnlyList<AssignmentRequest> requests, int next, Dictionary<string, int> left)
    {
        if (next == requests.Count)
            return 0;
        var best = BruteForce(requests, next + 1, left);
        foreach (var candidate in requests[next].Candidates.Where(c => left[c.FreelancerId] > 0))
        {
            left[candidate.FreelancerId]--;
            best = Math.Max(best, candidate.Score + BruteForce(requests, next + 1, left));
            left[candidate.FreelancerId]++;
        }

        return best;
    }

    private static (List<AssignmentRequest>, Dictionary<string, int>) RandomMarket(
        Random random, int requestCount, int freelancerCount, int maxSlots)
    {
        var freelancers = Enumerable.Range(0, freelancerCount).Select(i => "f" + i).ToList();
        var slots = freelancers.ToDictionary(f => f, _ => random.Next(0, maxSlots + 1));
        var requests = Enumerable.Range(0, requestCount).Select(i => new AssignmentRequest(
            "r" + i,
            [.. Enumerable.Range(0, Math.Min(10, freelancerCount))
                .Select(_ => freelancers[random.Next(freelancerCount)])
                .Distinct()
                .Select(f => new AssignmentCandidate(f, Math.Round(random.NextDouble(), 3)))])).ToList();
        return (requests, slots);
    }

    private static AssignmentRequest Request(string id, params (string Freelancer, double Score)[] candidates) =>
        new(id, [.. candidates.Select(c => new AssignmentCandidate(c.Freelancer, c.Score))]);

    private static Dictionary<string, int> Slots(params (string Id, int Slots)[] slots) =>
        slots.ToDictionary(s => s.Id, s => s.Slots);

    private static string[] Pairs(IEnumerable<Assignment> result) =>
        [.. result.Select(a => $"{a.RequestId}:{a.FreelancerId}").Order(StringComparer.Ordinal)];
}
