namespace SkillShare.Bot.Conversations;

/// <summary>Takes a turn from any channel and returns the replies to send back on that channel.</summary>
public interface IConversationEngine
{
    /// <summary>
    /// Handles one turn: drops a duplicate delivery, runs the conversation's flow and commits every
    /// change in one transaction. Never throws for bad input; an empty list means "say nothing".
    /// </summary>
    Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken);
}
