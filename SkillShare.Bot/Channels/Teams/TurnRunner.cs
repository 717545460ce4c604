using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>
/// Runs a turn through the conversation engine in its own service scope (a card action's turn may
/// outlive its request), then makes sure the conversation's reference is stored.
/// </summary>
public sealed class TurnRunner(IServiceScopeFactory scopes, TeamsConversations conversations)
{
    public async Task<IReadOnlyList<Reply>> RunAsync(Turn turn, ConversationReference reference,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<IConversationEngine>();
        var replies = await engine.HandleAsync(turn, cancellationToken);
        conversations.Remember(reference, turn.SenderId);
        return replies;
    }
}
