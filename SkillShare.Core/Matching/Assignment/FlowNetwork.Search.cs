using System.Diagnostics;

namespace SkillShare.Core.Matching.Assignment;

internal sealed partial class FlowNetwork
{
    private readonly int[] _stamp;
    private readonly long[] _distance;
    private readonly int[] _parent;
    private readonly int[] _parentEdge;
    private readonly List<int> _settled = [];
    private readonly PriorityQueue<int, long> _queue = new();
    private int _generation;

    /// <summary>Routes one more request along the cheapest augmenting path, keeping the flow min-cost.</summary>
    public void Insert(int request)
    {
        _potential[request] = EntryPotential(request) - _potentialBase;
        ShortestPaths(request);
        UpdatePotentials();
        Augment(request);
    }

    /// <summary>A potential for a new request that makes every edge out of it non-negative.</summary>
    private long EntryPotential(int request)
    {
        var best = Potential(_sink) - MinCostAssignment.Scale;
        for (var e = _edgeStart[request]; e < _edgeStart[request + 1]; e++)
            best = Math.Max(best, Potential(FreelancerNode(_edgeTarget[e])) - _edgeCost[e]);
        return best;
    }

    private void ShortestPaths(int source)
    {
        _generation += 2;
        _settled.Clear();
        _queue.Clear();
        Reach(source, 0, -1, -1);
        while (_queue.TryDequeue(out var node, out var distance))
        {
            if (_stamp[node] == _generation + 1 || distance > _distance[node])
                continue;
            _stamp[node] = _generation + 1;
            _settled.Add(node);
            if (node == _sink)
                return;
            if (node < _requests.Count)
                RelaxRequest(node, distance);
            else
                RelaxFreelancer(node, distance);
        }

        throw new InvalidOperationException("The sink is unreachable; leaving a request out is always a path.");
    }

    private void RelaxRequest(int request, long distance)
    {
        var routed = _routedEdge[request];
        for (var e = _edgeStart[request]; e < _edgeStart[request + 1]; e++)
        {
            if (e != routed)
                Relax(request, FreelancerNode(_edgeTarget[e]), _edgeCost[e], distance, e);
        }

        if (routed != LeftOut)
            Relax(request, _sink, MinCostAssignment.Scale, distance, -1);
    }

    private void RelaxFreelancer(int node, long distance)
    {
        var assigned = _assigned[node - _requests.Count];
        if (assigned.Count < _capacity[node - _requests.Count])
            Relax(node, _sink, 0, distance, -1);
        foreach (var request in assigned)
            Relax(node, request, -_edgeCost[_routedEdge[request]], distance, -1);
    }

    private void Relax(int from, int to, long cost, long distance, int edge)
    {
        if (_stamp[to] == _generation + 1)
            return;
        var reduced = cost + Potential(from) - Potential(to);
        Debug.Assert(reduced >= 0, "Potentials keep reduced costs non-negative.");
        var next = distance + reduced;
        if (_stamp[to] != _generation || next < _distance[to])
            Reach(to, next, from, edge);
    }

    private void Reach(int node, long distance, int parent, int edge)
    {
        _stamp[node] = _generation;
        _distance[node] = distance;
        _parent[node] = parent;
        _parentEdge[node] = edge;
        _queue.Enqueue(node, distance);
    }

    /// <summary>h(v) += min(dist(v), dist(sink)), with the common dist(sink) kept in one base value.</summary>
    private void UpdatePotentials()
    {
        var sinkDistance = _distance[_sink];
        foreach (var node in _settled)
            _potential[node] += _distance[node] - sinkDistance;
        _potentialBase += sinkDistance;
    }

    private void Augment(int source)
    {
        var node = _sink;
        while (node != source)
        {
            var parent = _parent[node];
            if (parent < _requests.Count && node == _sink)
                _routedEdge[parent] = LeftOut;
            else if (parent < _requests.Count)
                Route(parent, node, _parentEdge[node]);
            else if (node < _requests.Count)
                _assigned[parent - _requests.Count].Remove(node);
            node = parent;
        }
    }

    private void Route(int request, int freelancerNode, int edge)
    {
        _routedEdge[request] = edge;
        _assigned[freelancerNode - _requests.Count].Add(request);
    }
}
