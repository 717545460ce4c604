namespace SkillShare.Core.Matching.Assignment;

/// <summary>One request given to one freelancer by the sweep.</summary>
public sealed record Assignment(string RequestId, string FreelancerId, double Score);
