namespace SkillShare.Core.Matching.Assignment;

/// <summary>
/// Assigns requests to freelancers with capacity so that the sum of P(match) is as large as it can
/// be: each request gets at most one freelancer, each freelancer at most their open slots.
/// </summary>
/// <remarks>
/// A min-cost flow solved by successive shortest paths with potentials, one request at a time: a
/// request costs 1 − score on an edge to a freelancer and 1 when left out, so leaving it out is
/// always a path and each insertion is one Dijkstra run that stops at the sink. Scores are rounded
/// to millionths, so assignments differing by less than that may be chosen either way.
/// </remarks>
public static class MinCostAssignment
{
    /// <summary>Costs are integers: a score of 1 is this many units.</summary>
    public const long Scale = 1_000_000;

    public static IReadOnlyList<Assignment> Solve(
        IReadOnlyList<AssignmentRequest> requests, IReadOnlyDictionary<string, int> capacities)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(capacities);
        var network = new FlowNetwork(requests, capacities);
        for (var r = 0; r < requests.Count; r++)
            network.Insert(r);
        return network.Assignments();
    }
}
