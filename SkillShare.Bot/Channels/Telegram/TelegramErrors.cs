using SkillShare.Bot.Conversations;
using Telegram.Bot.Exceptions;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>Maps Bot API errors to send outcomes.</summary>
public static class TelegramErrors
{
    public static SendResult Classify(ApiRequestException error) => error.ErrorCode switch
    {
        429 => new SendResult(SendOutcome.RetryLater,
            TimeSpan.FromSeconds(error.Parameters?.RetryAfter ?? 1), error.Message),
        403 => new SendResult(SendOutcome.Unreachable, Error: error.Message),
        >= 500 => new SendResult(SendOutcome.RetryLater, Error: error.Message),
        _ => new SendResult(SendOutcome.Rejected, Error: error.Message),
    };

    /// <summary>True for the 400 an identical edit gets; the message already shows what we meant.</summary>
    public static bool IsNotModified(ApiRequestException error) =>
        error.ErrorCode == 400 && error.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
}
