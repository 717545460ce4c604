namespace SkillShare.Core.Conversations;

/// <summary>Conversation state, the processed-delivery log and the one transaction a turn commits in.</summary>
public interface IConversationStore
{
    ConversationState? Find(string conversationId);

    /// <summary>True when this delivery id was already handled (a channel re-sent it).</summary>
    bool WasProcessed(string deliveryId);

    /// <summary>Writes every change of a turn in one transaction.</summary>
    void Commit(TurnChanges changes);
}
