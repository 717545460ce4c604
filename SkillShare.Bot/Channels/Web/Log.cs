namespace SkillShare.Bot.Channels.Web;

/// <summary>The web chat's log lines. No message text, code or cookie goes in.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information,
        "Web chat on at {Urls}. It is for local use: it has no login, so it listens on loopback only " +
        "unless Web:Urls says otherwise")]
    public static partial void LocalOnly(ILogger logger, string urls);

    [LoggerMessage(4002, LogLevel.Warning,
        "Web chat listens beyond loopback ({Urls}). It has no login: anyone who reaches it can act as a member")]
    public static partial void BeyondLoopback(ILogger logger, string urls);

    [LoggerMessage(4003, LogLevel.Information, "Web chat is off (Web:Enabled=false)")]
    public static partial void Off(ILogger logger);

    [LoggerMessage(4004, LogLevel.Warning, "Web post refused for pane {Pane}: {Reason}")]
    public static partial void Refused(ILogger logger, string pane, string reason);

    [LoggerMessage(4005, LogLevel.Debug, "Pushed a message to {ConversationId} on {Streams} open page(s)")]
    public static partial void Pushed(ILogger logger, string conversationId, int streams);

    [LoggerMessage(4006, LogLevel.Debug, "No page open for {ConversationId}; the push waits for a retry")]
    public static partial void PushWaiting(ILogger logger, string conversationId);

    [LoggerMessage(4007, LogLevel.Information, "Web pane {Pane} restarted as a new member")]
    public static partial void Restarted(ILogger logger, WebPane pane);
}
