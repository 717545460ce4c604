using SkillShare.Core.Members;

namespace SkillShare.Bot.Conversations;

/// <summary>
/// One channel-neutral turn: who sent what in which conversation. Channels build it from their
/// payloads; flows never see the payload.
/// </summary>
public sealed record Turn
{
    public required ChannelKind Channel { get; init; }

    /// <summary>The conversation's store key, e.g. "Telegram:12345" (see <see cref="ConversationKeys"/>).</summary>
    public required string ConversationId { get; init; }

    /// <summary>The sender's id on the channel (Telegram user id, Teams aadObjectId, web member id).</summary>
    public required string SenderId { get; init; }

    public string? SenderName { get; init; }

    /// <summary>The client's language code (Telegram's language_code, Teams' locale), if any.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>The channel's delivery id (update id, activity id); the same id twice is one turn.</summary>
    public required string DeliveryId { get; init; }

    public required TurnInput Input { get; init; }

    /// <summary>Channel-specific details worth keeping to reach this conversation later.</summary>
    public IReadOnlyDictionary<string, string> Address { get; init; } = new Dictionary<string, string>();

    /// <summary>The message the input came from (a pressed button's message), for edit-in-place.</summary>
    public string? SourceMessageId { get; init; }
}
