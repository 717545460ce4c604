using System.Collections.Concurrent;
using SkillShare.Core.Conversations;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>A conversation store in memory, standing in until the LiteDB store is wired into the host.</summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<string, ConversationState> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _deliveries = new(StringComparer.Ordinal);

    public ConversationState? Find(string conversationId) => _states.GetValueOrDefault(conversationId);

    public bool WasProcessed(string deliveryId) => _deliveries.ContainsKey(deliveryId);

    public void Commit(TurnChanges changes)
    {
        if (changes.DeliveryId is { } delivery)
            _deliveries[delivery] = true;
        if (changes.Conversation is { } state)
            _states[state.Id] = state;
    }
}
