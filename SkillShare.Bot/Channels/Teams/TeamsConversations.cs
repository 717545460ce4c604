using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>
/// Keeps each Teams conversation's reference in its conversation state's Address, so replies and
/// proactive messages can find the serviceUrl, bot and tenant later.
/// </summary>
public sealed class TeamsConversations(IConversationStore store, TimeProvider time)
{
    public static string KeyFor(string teamsConversationId) =>
        ConversationKeys.For(ChannelKind.Teams, teamsConversationId);

    public ConversationReference? Find(string conversationKey) =>
        store.Find(conversationKey) is { } state ? ConversationReference.FromAddress(state.Address) : null;

    /// <summary>The tenant the conversation was first seen in, if it is known.</summary>
    public string? StoredTenant(string conversationKey) =>
        store.Find(conversationKey)?.Address.GetValueOrDefault(nameof(ConversationReference.TenantId));

    /// <summary>Stores the reference, unless the stored one is already the same.</summary>
    public void Remember(ConversationReference reference, string senderId)
    {
        var key = KeyFor(reference.ConversationId);
        var state = store.Find(key) ?? new ConversationState
        {
            Id = key,
            Channel = ChannelKind.Teams,
            ChannelUserId = senderId,
        };
        var address = reference.ToAddress();
        if (state.Address.Count == address.Count && address.All(p => state.Address.GetValueOrDefault(p.Key) == p.Value))
            return;

        state.Address = new Dictionary<string, string>(address, StringComparer.Ordinal);
        state.UpdatedAt = time.GetUtcNow();
        store.Commit(new TurnChanges { Conversation = state });
    }
}
