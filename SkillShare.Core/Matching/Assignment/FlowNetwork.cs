namespace SkillShare.Core.Matching.Assignment;

/// <summary>The residual network of <see cref="MinCostAssignment"/>: requests, freelancers, one sink.</summary>
internal sealed partial class FlowNetwork
{
    private const int Unrouted = -2;
    private const int LeftOut = -1;

    private readonly IReadOnlyList<AssignmentRequest> _requests;
    private readonly string[] _freelancerIds;
    private readonly int[] _capacity;
    private readonly List<int>[] _assigned;
    private readonly int[] _edgeStart;
    private readonly int[] _edgeTarget;
    private readonly long[] _edgeCost;
    private readonly double[] _edgeScore;
    private readonly int[] _routedEdge;
    private readonly long[] _potential;
    private readonly int _sink;
    private long _potentialBase;

    public FlowNetwork(IReadOnlyList<AssignmentRequest> requests, IReadOnlyDictionary<string, int> capacities)
    {
        _requests = requests;
        _freelancerIds = [.. capacities.Keys.Order(StringComparer.Ordinal)];
        var index = _freelancerIds
            .Select((id, i) => (id, i))
            .ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        _capacity = [.. _freelancerIds.Select(id => Math.Max(0, capacities[id]))];
        _assigned = [.. _freelancerIds.Select(_ => new List<int>())];
        var edges = requests.Select(r => Edges(r, index)).ToList();
        _edgeStart = new int[requests.Count + 1];
        for (var r = 0; r < requests.Count; r++)
            _edgeStart[r + 1] = _edgeStart[r] + edges[r].Count;
        var all = edges.SelectMany(e => e).ToList();
        _edgeTarget = [.. all.Select(e => e.Freelancer)];
        _edgeScore = [.. all.Select(e => e.Score)];
        _edgeCost = [.. all.Select(e => MinCostAssignment.Scale - (long)Math.Round(e.Score * MinCostAssignment.Scale))];
        _routedEdge = Enumerable.Repeat(Unrouted, requests.Count).ToArray();
        _sink = requests.Count + _freelancerIds.Length;
        _potential = new long[_sink + 1];
        _stamp = new int[_sink + 1];
        _distance = new long[_sink + 1];
        _parent = new int[_sink + 1];
        _parentEdge = new int[_sink + 1];
    }

    public List<Assignment> Assignments()
    {
        var result = new List<Assignment>();
        for (var r = 0; r < _requests.Count; r++)
        {
            var edge = _routedEdge[r];
            if (edge >= 0)
                result.Add(new Assignment(_requests[r].RequestId, _freelancerIds[_edgeTarget[edge]], _edgeScore[edge]));
        }

        return result;
    }

    /// <summary>Valid candidate edges of one request: known freelancers, best score per freelancer.</summary>
    private static List<(int Freelancer, double Score)> Edges(
        AssignmentRequest request, Dictionary<string, int> index) =>
    [
        .. request.Candidates
            .Where(c => index.ContainsKey(c.FreelancerId) && c.Score > 0)
            .GroupBy(c => index[c.FreelancerId])
            .Select(g => (g.Key, Math.Min(1.0, g.Max(c => c.Score))))
            .OrderBy(e => e.Key),
    ];

    private int FreelancerNode(int freelancer) => _requests.Count + freelancer;

    private long Potential(int node) => _potentialBase + _potential[node];
}
