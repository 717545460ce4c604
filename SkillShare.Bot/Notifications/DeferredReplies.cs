using System.Text.Json;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Bot.Notifications;

/// <summary>
/// Replies to a turn that the channel would not take right now (a long 429): they go into the outbox,
/// in order, and the dispatcher sends them when the channel allows, so the next question is never lost.
/// </summary>
public sealed class DeferredReplies : INotificationTemplate
{
    public const string ReplyKind = "reply.deferred";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => ReplyKind;

    public Reply Render(OutboxMessage message, Member recipient) =>
        JsonSerializer.Deserialize<Reply>(message.Data["reply"], Json)
        ?? throw new InvalidOperationException($"Outbox message {message.Id} holds no reply.");

    /// <summary>Outbox messages for the replies, due at <paramref name="dueAt"/>, ordered by their ids.</summary>
    public static IEnumerable<OutboxMessage> For(string memberId, ChannelKind channel, string conversationId,
        string deliveryId, IEnumerable<Reply> replies, DateTimeOffset now, DateTimeOffset dueAt) =>
        replies.Select((reply, index) => new OutboxMessage
        {
            Id = $"{ReplyKind}:{deliveryId}:{index:D3}",
            MemberId = memberId,
            Channel = channel,
            ConversationId = conversationId,
            Kind = ReplyKind,
            DedupeKey = $"{ReplyKind}:{deliveryId}:{index:D3}",
            Data = { ["reply"] = JsonSerializer.Serialize(reply with { EditInPlace = false }, Json) },
            CreatedAt = now,
            DueAt = dueAt,
        });
}
