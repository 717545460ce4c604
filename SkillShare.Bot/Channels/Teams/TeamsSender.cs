using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>Proactive sends to a Teams conversation, found by its store key and stored reference.</summary>
public sealed class TeamsSender(TeamsConversations conversations, ReplyDelivery delivery) : IChannelSender
{
    public ChannelKind Channel => ChannelKind.Teams;

    public async Task<SendResult> SendAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        if (conversations.Find(conversationId) is not { } reference)
            return new SendResult(SendOutcome.Unreachable, Error: "no Teams conversation reference stored");

        return await delivery.DeliverAsync(reference, null, null, [reply with { EditInPlace = false }],
            cancellationToken);
    }
}
