namespace SkillShare.Core.Matching.Assignment;

/// <summary>A request given to a freelancer by the sweep, with the offer and the match behind it.</summary>
public sealed record SweepAssignment(string RequestId, MatchResult Match);
