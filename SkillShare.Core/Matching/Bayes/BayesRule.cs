using System.Globalization;

namespace SkillShare.Core.Matching.Bayes;

/// <summary>
/// Bayes' rule for the article's matching model (A: the pair is a good match, B: the signal seen).
/// P(B) is derived from its parts; when it is given, it is checked against them.
/// </summary>
public static class BayesRule
{
    /// <summary>P(B) = P(B|A)P(A) + P(B|¬A)P(¬A), and P(A|B) = P(B|A)P(A) / P(B).</summary>
    public static BayesResult Solve(double priorA, double likelihoodGivenA, double likelihoodGivenNotA)
    {
        Check(priorA, nameof(priorA));
        Check(likelihoodGivenA, nameof(likelihoodGivenA));
        Check(likelihoodGivenNotA, nameof(likelihoodGivenNotA));
        var evidence = (likelihoodGivenA * priorA) + (likelihoodGivenNotA * (1 - priorA));
        if (evidence == 0)
            throw new ArgumentException("P(B) is 0, so P(A|B) is undefined: B never happens.");
        return new BayesResult(
            priorA, likelihoodGivenA, likelihoodGivenNotA, evidence, likelihoodGivenA * priorA / evidence);
    }

    /// <summary>
    /// Bayes' rule with P(B) given: derives the P(B|¬A) it implies and refuses a P(B) that no
    /// P(B|¬A) in 0..1 can produce.
    /// </summary>
    public static BayesResult SolveWithEvidence(double priorA, double evidence, double likelihoodGivenA)
    {
        Check(priorA, nameof(priorA));
        Check(evidence, nameof(evidence));
        Check(likelihoodGivenA, nameof(likelihoodGivenA));
        var low = likelihoodGivenA * priorA;
        var high = low + (1 - priorA);
        if (evidence < low - Tolerance || evidence > high + Tolerance)
            throw new ArgumentException(Inconsistent(priorA, evidence, likelihoodGivenA, low, high), nameof(evidence));

        var givenNotA = priorA >= 1 ? 0 : Math.Clamp((evidence - low) / (1 - priorA), 0, 1);
        return Solve(priorA, likelihoodGivenA, givenNotA);
    }

    /// <summary>The P(B|¬A) that makes P(A|B) equal the target posterior.</summary>
    public static double LikelihoodGivenNotAFor(double priorA, double likelihoodGivenA, double posterior)
    {
        Check(priorA, nameof(priorA));
        Check(likelihoodGivenA, nameof(likelihoodGivenA));
        Check(posterior, nameof(posterior));
        if (priorA is 0 or 1 || posterior == 0)
            throw new ArgumentException("P(A) must lie strictly between 0 and 1 and the target above 0.");
        var joint = likelihoodGivenA * priorA;
        var value = joint * (1 - posterior) / (posterior * (1 - priorA));
        if (value > 1 + Tolerance)
            throw new ArgumentException($"No P(B|¬A) ≤ 1 gives P(A|B) = {Format(posterior)}.", nameof(posterior));
        return value;
    }

    private const double Tolerance = 1e-12;

    private static void Check(double p, string name)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
            throw new ArgumentOutOfRangeException(name, p, $"{name} must be a probability between 0 and 1.");
    }

    private static string Inconsistent(double priorA, double evidence, double givenA, double low, double high) =>
        $"Inconsistent probabilities: with P(A) = {Format(priorA)} and P(B|A) = {Format(givenA)}, total "
        + $"probability puts P(B) between {Format(low)} and {Format(high)}, so P(B) = {Format(evidence)} is "
        + "impossible (P(A|B) would fall outside 0..1).";

    private static string Format(double p) => Math.Round(p, 6).ToString(CultureInfo.InvariantCulture);
}
