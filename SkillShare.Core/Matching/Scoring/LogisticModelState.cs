namespace SkillShare.Core.Matching.Scoring;

/// <summary>
/// The stored form of a <see cref="LogisticModel"/>: bias and weights (the posterior means) and their
/// precisions (how much evidence stands behind each), plus the number of outcomes seen.
/// </summary>
public sealed record LogisticModelState(
    double Bias,
    IReadOnlyList<double> Weights,
    double BiasPrecision,
    IReadOnlyList<double> Precisions,
    long Observations);
