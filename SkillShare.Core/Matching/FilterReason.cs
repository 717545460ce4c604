namespace SkillShare.Core.Matching;

/// <summary>Why a pair failed the hard filters; the first failing rule is reported.</summary>
public enum FilterReason
{
    None,
    NotPublished,
    SameMember,
    Unverified,
    Paused,
    NoSharedSkill,

    /// <summary>Rate and budget are in different currencies; no conversion is attempted.</summary>
    CurrencyMismatch,
    OverBudget,
    PlaceMismatch,
    NoHoursOverlap,
}
