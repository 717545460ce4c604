namespace SkillShare.Core.Matching.Assignment;

/// <summary>A request competing in the sweep, with its top candidates (already through the hard filters).</summary>
public sealed record AssignmentRequest(string RequestId, IReadOnlyList<AssignmentCandidate> Candidates);
