using SkillShare.Core.Members;

namespace SkillShare.Core.Notifications;

/// <summary>Where an outbox message stands.</summary>
public enum OutboxStatus
{
    Pending,

    /// <summary>Claimed by the dispatcher and being sent; if the host stops now, it is not sent again.</summary>
    Sending,
    Sent,
    Failed,
    Unreachable,
}

/// <summary>
/// A notification for a member, written in the same transaction as the change that caused it and
/// sent later by the dispatcher. The content is a kind plus parameters, rendered in the
/// member's language when it is sent.
/// </summary>
public sealed class OutboxMessage
{
    public required string Id { get; init; }

    public required string MemberId { get; init; }

    public required ChannelKind Channel { get; init; }

    /// <summary>The conversation to send to on that channel.</summary>
    public required string ConversationId { get; init; }

    /// <summary>What happened, e.g. "match.new-request".</summary>
    public required string Kind { get; init; }

    public Dictionary<string, string> Data { get; init; } = new(StringComparer.Ordinal);

    /// <summary>A key unique to the event, so the same event never queues two notifications.</summary>
    public required string DedupeKey { get; init; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }
}
