using Microsoft.Extensions.Logging;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Flows;

/// <summary>The conversation engine's and the flows' log lines. No phone number, text or token goes in.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Error,
        "Turn failed on {Channel} in flow '{Flow}' state '{State}'; nothing was committed")]
    public static partial void TurnFailed(
        ILogger logger, Exception exception, ChannelKind channel, string flow, string state);

    [LoggerMessage(1002, LogLevel.Debug, "Delivery {DeliveryId} on {Channel} was already processed; dropped")]
    public static partial void DuplicateDelivery(ILogger logger, string deliveryId, ChannelKind channel);

    [LoggerMessage(1003, LogLevel.Debug, "Conversation moved to flow '{Flow}' state '{State}' (step {Step})")]
    public static partial void Moved(ILogger logger, string flow, string state, int step);

    [LoggerMessage(1004, LogLevel.Information, "Member {MemberId} joined on {Channel}")]
    public static partial void MemberCreated(ILogger logger, string memberId, ChannelKind channel);

    [LoggerMessage(1005, LogLevel.Information, "Member {MemberId} verified by {Method}")]
    public static partial void MemberVerified(ILogger logger, string memberId, VerificationMethod method);

    [LoggerMessage(1006, LogLevel.Warning, "Refused a contact that is not the sender's own, member {MemberId}")]
    public static partial void ForeignContactRefused(ILogger logger, string memberId);

    [LoggerMessage(1007, LogLevel.Information,
        "One-time verification code for web conversation {ConversationId}: {Code} (local stand-in for an SMS)")]
    public static partial void OneTimeCodeIssued(ILogger logger, string conversationId, string code);

    [LoggerMessage(1008, LogLevel.Information, "Member {MemberId} published {Kind} {PostId}")]
    public static partial void PostPublished(ILogger logger, string memberId, string kind, string postId);
}
