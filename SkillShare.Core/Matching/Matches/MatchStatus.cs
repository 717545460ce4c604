namespace SkillShare.Core.Matching.Matches;

/// <summary>Where a proposed pair stands: waiting for answers, both said yes, or one said no.</summary>
public enum MatchStatus
{
    Proposed,
    Matched,
    Declined,
}
