using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web;

/// <summary>
/// Pushes replies to a web conversation live, over the server-sent event streams its page has open.
/// With no page open the push cannot land now: RetryLater, so the outbox tries again.
/// </summary>
public sealed class WebSender(WebPushHub hub, ILogger<WebSender> logger) : IChannelSender
{
    /// <summary>How long the outbox should wait before trying a conversation whose page is closed.</summary>
    public static readonly TimeSpan ClosedPageRetry = TimeSpan.FromSeconds(30);

    public ChannelKind Channel => ChannelKind.Web;

    public Task<SendResult> SendAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var delivered = hub.Publish(conversationId, WebMessage.From(reply, sourceMessageId: null, pushed: true));
        if (delivered == 0)
        {
            Log.PushWaiting(logger, conversationId);
            return Task.FromResult(new SendResult(SendOutcome.RetryLater, ClosedPageRetry, "no page open"));
        }

        Log.Pushed(logger, conversationId, delivered);
        return Task.FromResult(new SendResult(SendOutcome.Sent));
    }
}
