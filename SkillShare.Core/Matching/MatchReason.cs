namespace SkillShare.Core.Matching;

/// <summary>
/// One reason behind a score: the feature, its value for this pair, and how much it moved the
/// log-probability of a match away from a typical pair.
/// </summary>
public sealed record MatchReason(MatchFeature Feature, double Value, double Contribution);
