using SkillShare.Core.Members;

namespace SkillShare.Bot.Conversations;

/// <summary>The outcome of sending to a channel.</summary>
public enum SendOutcome
{
    Sent,

    /// <summary>Try again later; RetryAfter says when if the channel said.</summary>
    RetryLater,

    /// <summary>The person blocked the bot or the chat is gone: stop sending there.</summary>
    Unreachable,

    /// <summary>The channel refused this message for good (bad request); do not retry it.</summary>
    Rejected,
}

public sealed record SendResult(SendOutcome Outcome, TimeSpan? RetryAfter = null, string? Error = null);

/// <summary>Sends replies to a conversation on one channel, proactively (pushes, relayed messages).</summary>
public interface IChannelSender
{
    ChannelKind Channel { get; }

    /// <summary>Sends to a conversation by its store key; honours the channel's rate limits.</summary>
    Task<SendResult> SendAsync(string conversationId, Reply reply, CancellationToken cancellationToken);
}
