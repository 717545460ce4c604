using System.Buffers;

namespace SkillShare.Core.Matching.Retrieval;

public sealed partial class OfferIndex
{
    /// <summary>
    /// The candidates (offers sharing a skill, or a term for a request without skills) in pooled
    /// arrays, ordered by skill overlap, highest first, slots ascending within one overlap; each
    /// group's overlap and end position follow in <paramref name="groups"/>. The caller returns
    /// the array to the shared pool.
    /// </summary>
    private int[] GroupCandidates(RequestQuery query, List<(double Overlap, int End)> groups)
    {
        var slots = Candidates(query, out var count);
        var groupOf = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
        var ordered = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
        var best = BestWeights(query);
        try
        {
            var overlaps = CountGroups(query, slots, count, groupOf, best);
            var starts = GroupStarts(overlaps, groups);
            for (var i = 0; i < count; i++)
                ordered[starts[groupOf[i]]++] = slots[i];
            return ordered;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(slots);
            ArrayPool<int>.Shared.Return(groupOf);
            ArrayPool<float>.Shared.Return(best);
        }
    }

    /// <summary>
    /// Each candidate's group (one per distinct overlap, in first-seen order); the groups' overlaps and sizes.
    /// </summary>
    private List<(double Overlap, int Count)> CountGroups(
        RequestQuery query, int[] slots, int count, int[] groupOf, float[] best)
    {
        var ids = new Dictionary<double, int>();
        var overlaps = new List<(double Overlap, int Count)>();
        for (var i = 0; i < count; i++)
        {
            var overlap = Overlap(query, best, slots[i]);
            if (!ids.TryGetValue(overlap, out var id))
            {
                ids[overlap] = id = overlaps.Count;
                overlaps.Add((overlap, 0));
            }

            groupOf[i] = id;
            overlaps[id] = (overlap, overlaps[id].Count + 1);
        }

        return overlaps;
    }

    /// <summary>
    /// Where each group (by first-seen id) starts once the groups are laid out by falling overlap.
    /// </summary>
    private static int[] GroupStarts(
        List<(double Overlap, int Count)> overlaps, List<(double Overlap, int End)> groups)
    {
        var starts = new int[overlaps.Count];
        var position = 0;
        foreach (var id in Enumerable.Range(0, overlaps.Count).OrderByDescending(i => overlaps[i].Overlap))
        {
            starts[id] = position;
            position += overlaps[id].Count;
            groups.Add((overlaps[id].Overlap, position));
        }

        return starts;
    }

    /// <summary>
    /// Per listed skill and slot, the best weight of the offer's skills ([skill * slots + slot]), from
    /// the posting lists alone: the same values <see cref="PairFeatures.SkillOverlap"/> takes the
    /// maximum of, without reading the offers. Pooled.
    /// </summary>
    private float[] BestWeights(RequestQuery query)
    {
        var n = _slots.Count;
        var best = ArrayPool<float>.Shared.Rent(Math.Max(1, query.RequiredCount * n));
        Array.Clear(best, 0, query.RequiredCount * n);
        for (var r = 0; r < query.RequiredCount; r++)
        {
            foreach (var ordinal in query.ExpandedOrdinals)
            {
                var weight = query.WeightOf(r, ordinal);
                foreach (var slot in _skillPostings[ordinal])
                    best[(r * n) + slot] = Math.Max(best[(r * n) + slot], weight);
            }
        }

        return best;
    }

    /// <summary>
    /// The skill overlap from <see cref="BestWeights"/>, summed as <see cref="PairFeatures.SkillOverlap"/> sums it.
    /// </summary>
    private double Overlap(RequestQuery query, float[] best, int slot)
    {
        if (query.RequiredCount == 0)
            return 0;
        var total = 0.0;
        for (var r = 0; r < query.RequiredCount; r++)
            total += best[(r * _slots.Count) + slot];
        return total / query.RequiredCount;
    }

    /// <summary>
    /// Per slot, a BM25 no offer there can reach: idf × (k1 + 1) summed over the query terms the offer
    /// has (each term's share, idf × tf × (k1 + 1) / (tf + norm), stays below it). Pooled; empty
    /// (all zero) for a request without skills, which does not use it.
    /// </summary>
    private double[] TextBounds(RequestQuery query)
    {
        var bounds = ArrayPool<double>.Shared.Rent(Math.Max(1, _slots.Count));
        Array.Clear(bounds, 0, _slots.Count);
        for (var i = 0; query.RequiredCount > 0 && i < query.Terms.Length; i++)
        {
            var ceiling = query.TermIdf[i] * (PairFeatures.K1 + 1);
            foreach (var slot in _termPostings[query.Terms[i]])
                bounds[slot] += ceiling;
        }

        return bounds;
    }

    /// <summary>Every slot on a posting list the query reaches, ascending, in a pooled array.</summary>
    private int[] Candidates(RequestQuery query, out int count)
    {
        var seen = ArrayPool<bool>.Shared.Rent(Math.Max(1, _slots.Count));
        Array.Clear(seen, 0, _slots.Count);
        var lists = query.RequiredCount > 0
            ? query.ExpandedOrdinals.Select(o => _skillPostings[o])
            : query.Terms.Select(t => _termPostings[t]);
        foreach (var list in lists)
        {
            foreach (var slot in list)
                seen[slot] = true;
        }

        var candidates = ArrayPool<int>.Shared.Rent(Math.Max(1, _slots.Count));
        count = 0;
        for (var slot = 0; slot < _slots.Count; slot++)
        {
            if (seen[slot])
                candidates[count++] = slot;
        }

        ArrayPool<bool>.Shared.Return(seen);
        return candidates;
    }
}
