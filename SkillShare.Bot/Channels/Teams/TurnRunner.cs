using SkillShare.Bot.Channels.Teams.Companies;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>
/// Runs a turn: the company gate first, then the conversation engine in its own service scope (a card
/// action's turn may outlive its request); makes sure the conversation's reference is stored.
/// </summary>
public sealed class TurnRunner(IServiceScopeFactory scopes, TeamsConversations conversations, TeamsCompanyGate gate)
{
    public async Task<IReadOnlyList<Reply>> RunAsync(Turn turn, ConversationReference reference,
        CancellationToken cancellationToken)
    {
        var gated = gate.Check(turn, reference.TenantId);
        if (gated.Handled)
        {
            conversations.Remember(reference, turn.SenderId);
            return gated.Replies;
        }

        await using var scope = scopes.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<IConversationEngine>();
        var replies = await engine.HandleAsync(turn, cancellationToken);
        conversations.Remember(reference, turn.SenderId);
        return [.. gated.Replies, .. replies];
    }
}
