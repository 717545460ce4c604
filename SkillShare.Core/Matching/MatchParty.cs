using SkillShare.Core.Members;

namespace SkillShare.Core.Matching;

/// <summary>
/// What matching needs to know about one side of a pair. Reputation and response rate are 0..1 and
/// come from elsewhere (the quality score); 0.5 is the neutral prior for someone without history.
/// </summary>
public sealed record MatchParty
{
    /// <summary>The neutral prior for reputation and response rate.</summary>
    public const double Neutral = 0.5;

    public required string MemberId { get; init; }

    public bool IsVerified { get; init; }

    /// <summary>The member paused matching (holiday, full); a paused party is never matched.</summary>
    public bool IsPaused { get; init; }

    /// <summary>IANA time zone id; unknown ids count as UTC.</summary>
    public string TimeZoneId { get; init; } = "Etc/UTC";

    /// <summary>The member's working window; null means any time of day.</summary>
    public DailyHours? Hours { get; init; }

    public double Reputation { get; init; } = Neutral;

    public double ResponseRate { get; init; } = Neutral;

    /// <summary>Builds the party from a member; paused state and quality inputs are the caller's.</summary>
    public static MatchParty From(Member member, double reputation = Neutral, double responseRate = Neutral) => new()
    {
        MemberId = member.Id,
        IsVerified = member.IsVerified,
        TimeZoneId = member.TimeZoneId,
        Reputation = reputation,
        ResponseRate = responseRate,
    };
}
