using SkillShare.Core.Members;

namespace SkillShare.Core.Conversations;

/// <summary>
/// Where one conversation stands: which flow, which state of it, and the answers given so far.
/// Stored per conversation so a restart resumes at the same question.
/// </summary>
public sealed class ConversationState
{
    /// <summary>The channel's conversation key, e.g. "Telegram:12345".</summary>
    public required string Id { get; init; }

    public required ChannelKind Channel { get; init; }

    /// <summary>The channel user this conversation belongs to (one private chat per person).</summary>
    public required string ChannelUserId { get; init; }

    public string? MemberId { get; set; }

    /// <summary>The flow in charge (e.g. "registration"), empty when at the menu.</summary>
    public string Flow { get; set; } = "";

    /// <summary>The name of the flow's current state.</summary>
    public string State { get; set; } = "";

    /// <summary>Bumped on every transition; buttons carry it so an old button is recognised as stale.</summary>
    public int Step { get; set; }

    /// <summary>Answers collected so far by the current flow, by field name.</summary>
    public Dictionary<string, string> Draft { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Channel-specific details needed to reach this conversation later (e.g. a Teams serviceUrl).</summary>
    public Dictionary<string, string> Address { get; set; } = new(StringComparer.Ordinal);

    /// <summary>True once the bot told a group it works only in private chats; it stays quiet after that.</summary>
    public bool GroupNoticeSent { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
