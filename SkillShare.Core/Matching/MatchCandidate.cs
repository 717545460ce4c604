namespace SkillShare.Core.Matching;

/// <summary>A ranked offer for a request with its P(match) only, before features and reasons are built.</summary>
public sealed record MatchCandidate(string OfferId, string FreelancerId, double Match);
