namespace SkillShare.Core.Matching.Assignment;

/// <summary>A freelancer a request may be assigned to, with the pair's P(match).</summary>
public sealed record AssignmentCandidate(string FreelancerId, double Score);
