namespace SkillShare.Core.Matching.Matches;

/// <summary>One side's answer to a proposed match.</summary>
public enum MatchDecision
{
    Pending,
    Yes,
    No,
}
