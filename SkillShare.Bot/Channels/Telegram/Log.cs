using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>Log messages of the Telegram channel. Never a token, phone number or message text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message =
        "Telegram channel is off: no bot token. To turn it on, set Telegram:Token (for example the " +
        "environment variable Telegram__Token=<token from BotFather>); Telegram:Mode picks Polling or Webhook.")]
    public static partial void ChannelOff(ILogger logger);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Telegram channel is on: {Mode} via {ApiBaseUrl}")]
    public static partial void ChannelOn(ILogger logger, TelegramMode mode, string apiBaseUrl);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Telegram set-up call failed; commands or webhook may be stale")]
    public static partial void SetUpFailed(ILogger logger, Exception error);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Telegram polling failed ({Failures} in a row); retrying in {DelaySeconds} s")]
    public static partial void PollingFailed(ILogger logger, int failures, double delaySeconds, Exception error);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error,
        Message = "Telegram update {UpdateId} failed")]
    public static partial void UpdateFailed(ILogger logger, int updateId, Exception error);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug,
        Message = "Telegram delivery {DeliveryId} ignored: {Reason}")]
    public static partial void UpdateIgnored(ILogger logger, string deliveryId, string reason);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information,
        Message = "Told group {ChatId} the bot works in private chats")]
    public static partial void GroupNoticeSent(ILogger logger, long chatId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning,
        Message = "Replies to {DeliveryId} stopped: {Outcome}")]
    public static partial void RepliesStopped(ILogger logger, string deliveryId, SendOutcome outcome);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning,
        Message = "Telegram asked to wait {Seconds} s before sending to {ChatId} (attempt {Attempt})")]
    public static partial void WaitingRetryAfter(ILogger logger, long chatId, double seconds, int attempt);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning,
        Message = "Telegram refused a send to {ChatId}: {ErrorCode} → {Outcome}")]
    public static partial void SendFailed(ILogger logger, long chatId, int errorCode, SendOutcome outcome);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning,
        Message = "Telegram send to {ChatId} did not complete")]
    public static partial void SendBroken(ILogger logger, long chatId, Exception error);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning,
        Message = "Answering a Telegram callback query failed")]
    public static partial void CallbackAnswerFailed(ILogger logger, Exception error);
}
