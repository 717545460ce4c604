namespace SkillShare.Core.Members;

/// <summary>A person on the platform, with every channel identity linked to them.</summary>
public sealed class Member
{
    public required string Id { get; init; }

    public List<ChannelIdentity> Identities { get; init; } = [];

    public string DisplayName { get; set; } = "";

    public string? Bio { get; set; }

    /// <summary>A city name or IANA time zone as the member gave it.</summary>
    public string? Location { get; set; }

    /// <summary>The IANA time zone id resolved from <see cref="Location"/>; UTC when unknown.</summary>
    public string TimeZoneId { get; set; } = "Etc/UTC";

    public List<string> SpokenLanguages { get; init; } = [];

    public string? PhotoFileId { get; set; }

    public MemberRoles Roles { get; set; }

    public UiLanguage Language { get; set; }

    /// <summary>Set once the member has proved a phone (or, on the web, a one-time code).</summary>
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>A keyed hash of the verified phone number, for look-up; the number itself is never kept.</summary>
    public string? PhoneHash { get; set; }

    /// <summary>Channels on which the member blocked the bot or cannot be reached.</summary>
    public List<ChannelKind> UnreachableOn { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Instant pushes or a daily digest, and quiet hours.</summary>
    public PushPreferences Push { get; set; } = new();

    public bool IsVerified => VerifiedAt is not null;

    public bool HasProfile => DisplayName.Length > 0 && Roles != MemberRoles.None;
}
