namespace SkillShare.Bot.Matching;

/// <summary>Matching's log lines: ids and counts only, never names, texts or numbers.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Proposed {Count} new matches for {Kind} {PostId}")]
    public static partial void Proposed(ILogger logger, int count, string kind, string postId);

    [LoggerMessage(3002, LogLevel.Error, "Matching a published {Kind} {PostId} failed; the sweep will retry")]
    public static partial void MatchingFailed(ILogger logger, Exception exception, string kind, string postId);

    [LoggerMessage(3003, LogLevel.Error, "Updating the offer index or the model after a commit failed")]
    public static partial void AfterCommitFailed(ILogger logger, Exception exception);

    [LoggerMessage(3004, LogLevel.Information, "Sweep: {Requests} requests, {Proposed} new matches")]
    public static partial void Swept(ILogger logger, int requests, int proposed);
}
