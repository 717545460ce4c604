namespace SkillShare.Core.Conversations;

/// <summary>Finds where a member can be written to: their conversations with the bot.</summary>
public interface IMemberConversations
{
    /// <summary>The member's conversations, most recently active first.</summary>
    IReadOnlyList<ConversationState> ConversationsOf(string memberId);
}
