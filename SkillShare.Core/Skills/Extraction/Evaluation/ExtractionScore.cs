using System.Globalization;

namespace SkillShare.Core.Skills.Extraction.Evaluation;

/// <summary>
/// Ranking figures over a set of sentences: R-precision, recall at 5 and mean reciprocal rank,
/// each the mean over sentences with at least one known skill.
/// </summary>
public sealed record ExtractionScore(int Sentences, double RPrecisionSum, double RecallAt5Sum, double ReciprocalRankSum)
{
    public static ExtractionScore Empty { get; } = new(0, 0, 0, 0);

    public double RPrecision => Mean(RPrecisionSum);

    public double RecallAt5 => Mean(RecallAt5Sum);

    public double Mrr => Mean(ReciprocalRankSum);

    /// <summary>Scores one sentence from its ranking (best first) and its non-empty gold set.</summary>
    public static ExtractionScore OfSentence(IReadOnlyList<string> ranked, IReadOnlySet<string> gold)
    {
        ArgumentOutOfRangeException.ThrowIfZero(gold.Count);

        var r = gold.Count;
        var firstHit = ranked.Select((id, i) => (id, i)).FirstOrDefault(p => gold.Contains(p.id), (null!, -1)).Item2;
        return new ExtractionScore(
            1,
            (double)ranked.Take(r).Count(gold.Contains) / r,
            (double)ranked.Take(5).Count(gold.Contains) / r,
            firstHit < 0 ? 0 : 1.0 / (firstHit + 1));
    }

    /// <summary>The figures of both sets of sentences together.</summary>
    public ExtractionScore Plus(ExtractionScore other) => new(
        Sentences + other.Sentences,
        RPrecisionSum + other.RPrecisionSum,
        RecallAt5Sum + other.RecallAt5Sum,
        ReciprocalRankSum + other.ReciprocalRankSum);

    /// <summary>The summary line: rp=… r5=… mrr=… n=….</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"rp={RPrecision:0.000} r5={RecallAt5:0.000} mrr={Mrr:0.000} n={Sentences}");

    private double Mean(double sum) => Sentences == 0 ? 0 : sum / Sentences;
}
