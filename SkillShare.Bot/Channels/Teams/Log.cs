namespace SkillShare.Bot.Channels.Teams;

/// <summary>The Teams channel's log messages (never tokens or message text).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Warning,
        Message = "Teams local mode is on: Teams:AppId is empty, so /api/messages accepts unsigned activities "
            + "from loopback addresses only (for local emulators). To connect to Teams, set Teams:AppId, "
            + "Teams:AppPassword and Teams:TenantId")]
    public static partial void LocalModeOn(ILogger logger);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Teams request refused ({Status}): {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Teams activity {Type}/{Name} ignored")]
    public static partial void Ignored(ILogger logger, string? type, string? name);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "Teams connector answered {Status}; attempt {Attempt}, retrying in {DelayMs} ms")]
    public static partial void ConnectorRetry(ILogger logger, int status, int attempt, double delayMs);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning,
        Message = "Teams send to {ConversationId} ended {Outcome}: {Error}")]
    public static partial void SendFailed(ILogger logger, string conversationId, string outcome, string? error);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Teams app {Action} in {ConversationType}")]
    public static partial void Installation(ILogger logger, string? action, string? conversationType);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "Teams background turn failed")]
    public static partial void BackgroundFailed(ILogger logger, Exception exception);
}
