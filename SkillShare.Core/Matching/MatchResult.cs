namespace SkillShare.Core.Matching;

/// <summary>A ranked candidate: the probability both accept, each side's part, and the top reasons.</summary>
public sealed record MatchResult(
    string OfferId,
    string FreelancerId,
    MatchScore Score,
    FeatureVector Features,
    IReadOnlyList<MatchReason> Reasons);
