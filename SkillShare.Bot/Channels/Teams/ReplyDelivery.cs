using SkillShare.Bot.Channels.Teams.Cards;
using SkillShare.Bot.Channels.Teams.Connector;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>Sends a turn's replies to Teams: as replies to the activity, or edits of the pressed card.</summary>
public sealed class ReplyDelivery(ConnectorClient connector, ILogger<ReplyDelivery> logger)
{
    public async Task<SendResult> DeliverAsync(ConversationReference to, string? replyToId, string? cardId,
        IEnumerable<Reply> replies, CancellationToken cancellationToken)
    {
        var last = new SendResult(SendOutcome.Sent);
        foreach (var reply in replies)
        {
            var result = await DeliverOneAsync(to, replyToId, cardId, reply, cancellationToken);
            if (result.Outcome != SendOutcome.Sent)
            {
                Log.SendFailed(logger, to.ConversationId, result.Outcome.ToString(), result.Error);
                return result.ToSendResult();
            }

            last = result.ToSendResult();
        }

        return last;
    }

    private async Task<ConnectorResult> DeliverOneAsync(ConversationReference to, string? replyToId,
        string? cardId, Reply reply, CancellationToken cancellationToken)
    {
        var activity = ReplyRenderer.ToActivity(reply, to, replyToId);
        if (reply.EditInPlace && cardId is not null)
        {
            activity.Id = cardId;
            var updated = await connector.UpdateAsync(to, cardId, activity, cancellationToken);
            if (updated.Outcome == SendOutcome.Sent)
                return updated;
            activity.Id = null;
        }

        return replyToId is null
            ? await connector.SendAsync(to, activity, cancellationToken)
            : await connector.ReplyAsync(to, replyToId, activity, cancellationToken);
    }
}
