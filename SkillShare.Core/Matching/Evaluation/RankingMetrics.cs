namespace SkillShare.Core.Matching.Evaluation;

/// <summary>Ranking quality against binary relevance: NDCG@k, recall@k and reciprocal rank.</summary>
public static class RankingMetrics
{
    /// <summary>DCG of the top k (gain 1/log2(rank+1)) over the DCG of a perfect ranking.</summary>
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        var ideal = Dcg(Math.Min(k, relevant.Count));
        if (ideal == 0)
            return 0;
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevant.Contains(ranked[i]))
                dcg += 1 / Math.Log2(i + 2);
        }

        return dcg / ideal;
    }

    /// <summary>Share of the relevant items found in the top k.</summary>
    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        return relevant.Count == 0 ? 0 : (double)ranked.Take(k).Count(relevant.Contains) / relevant.Count;
    }

    /// <summary>1 over the rank of the first relevant item; 0 when none is ranked.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.Contains(ranked[i]))
                return 1.0 / (i + 1);
        }

        return 0;
    }

    private static double Dcg(int hits)
    {
        var dcg = 0.0;
        for (var i = 0; i < hits; i++)
            dcg += 1 / Math.Log2(i + 2);
        return dcg;
    }
}
