using SkillShare.Bot.Conversations;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Bot.Matching;

/// <summary>Builds outbox messages to a member: to their most recent reachable conversation.</summary>
internal sealed class MatchMessages(IMemberConversations conversations)
{
    /// <summary>A pending message, due now; null when the member cannot be reached anywhere.</summary>
    public OutboxMessage? To(Member recipient, string kind, string dedupeKey, Dictionary<string, string> data,
        DateTimeOffset now)
    {
        var address = Address(recipient);
        if (address is null)
            return null;
        var held = kind != MatchKinds.Relay;
        var payload = new Dictionary<string, string>(data, StringComparer.Ordinal);
        if (held && recipient.Push.DailyDigest)
            payload[DigestComposer.DataKey] = "1";
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7().ToString("N"),
            MemberId = recipient.Id,
            Channel = address.Value.Channel,
            ConversationId = address.Value.ConversationId,
            Kind = kind,
            Data = payload,
            DedupeKey = dedupeKey,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            DueAt = held ? recipient.Push.DueAt(now, Zone(recipient.TimeZoneId)) : now,
        };
    }

    private static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private (ChannelKind Channel, string ConversationId)? Address(Member member)
    {
        var known = conversations.ConversationsOf(member.Id)
            .FirstOrDefault(c => !member.UnreachableOn.Contains(c.Channel));
        if (known is not null)
            return (known.Channel, known.Id);
        var identity = member.Identities.FirstOrDefault(i => !member.UnreachableOn.Contains(i.Channel));
        return identity is null ? null : (identity.Channel, ConversationKeys.For(identity.Channel, identity.UserId));
    }
}
