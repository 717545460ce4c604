namespace SkillShare.Core.Members;

/// <summary>How a verification was proved.</summary>
public enum VerificationMethod
{
    TelegramContact,
    OneTimeCode,
    TeamsTenant,
}

/// <summary>One proof that a member is who they say: kept for audit, never shown to others.</summary>
public sealed record VerificationRecord
{
    public required string Id { get; init; }

    public required string MemberId { get; init; }

    public required VerificationMethod Method { get; init; }

    public required ChannelKind Channel { get; init; }

    /// <summary>The keyed hash of what was proved (a phone number); never the value itself.</summary>
    public string? SubjectHash { get; init; }

    public required DateTimeOffset VerifiedAt { get; init; }
}
