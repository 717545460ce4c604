namespace SkillShare.Bot.Flows.Verification;

/// <summary>What a typed one-time code turned out to be.</summary>
internal enum CodeOutcome
{
    Accepted,
    Wrong,
    NotACode,
    Expired,
    TooManyTries,
}
