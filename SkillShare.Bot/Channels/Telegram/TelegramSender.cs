using System.Globalization;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Every message to Telegram leaves here: through the rate limiter, waiting out a 429's retry_after
/// (up to <see cref="MaxInlineWait"/>, at most <see cref="MaxAttempts"/> tries), and mapping
/// 403 to Unreachable and other 4xx to Rejected.
/// </summary>
public sealed class TelegramSender(
    TelegramClientFactory clients,
    TelegramRateLimiter limiter,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<TelegramSender> logger) : IChannelSender
{
    public static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(10);

    public const int MaxAttempts = 3;

    private static readonly SendResult Sent = new(SendOutcome.Sent);

    public ChannelKind Channel => ChannelKind.Telegram;

    public Task<SendResult> SendAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var chatId = long.Parse(ConversationKeys.ChannelPart(conversationId), CultureInfo.InvariantCulture);
        using var scope = scopes.CreateScope();
        var language = TelegramLanguages.For(scope.ServiceProvider.GetService<IMemberStore>(), chatId, null);
        return SendReplyAsync(chatId, reply, language, null, cancellationToken);
    }

    /// <summary>Sends one reply; EditInPlace edits the source message when it fits in one message.</summary>
    public async Task<SendResult> SendReplyAsync(long chatId, Reply reply, UiLanguage language,
        int? sourceMessageId, CancellationToken cancellationToken)
    {
        var messages = TelegramReplyRenderer.Render(reply, language);
        if (reply.EditInPlace && sourceMessageId is { } messageId &&
            messages is [{ Markup: null or InlineKeyboardMarkup } only])
        {
            var edited = await EditAsync(chatId, messageId, only, cancellationToken);
            if (edited.Outcome != SendOutcome.Rejected)
                return edited;
        }

        foreach (var message in messages)
        {
            var result = await CallAsync(chatId, (bot, ct) =>
                bot.SendMessage(chatId, message.Html, ParseMode.Html, replyMarkup: message.Markup,
                    cancellationToken: ct), cancellationToken);
            if (result.Outcome != SendOutcome.Sent)
                return result;
        }

        return Sent;
    }

    /// <summary>Answers a callback query so the client stops spinning; failures are only logged.</summary>
    public async Task AnswerCallbackAsync(string callbackQueryId, CancellationToken cancellationToken)
    {
        try
        {
            await clients.Create().AnswerCallbackQuery(callbackQueryId, cancellationToken: cancellationToken);
        }
        catch (RequestException error)
        {
            Log.CallbackAnswerFailed(logger, error);
        }
    }

    private Task<SendResult> EditAsync(long chatId, int messageId, TelegramMessage message, CancellationToken ct) =>
        CallAsync(chatId, (bot, token) => bot.EditMessageText(chatId, messageId, message.Html, ParseMode.Html,
            replyMarkup: message.Markup as InlineKeyboardMarkup, cancellationToken: token), ct);

    private async Task<SendResult> CallAsync(long chatId, Func<ITelegramBotClient, CancellationToken, Task> call,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await TryOnceAsync(chatId, call, cancellationToken);
            if (result is not { Outcome: SendOutcome.RetryLater, RetryAfter: { } wait } ||
                wait > MaxInlineWait || attempt >= MaxAttempts)
                return result;

            Log.WaitingRetryAfter(logger, chatId, wait.TotalSeconds, attempt);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task<SendResult> TryOnceAsync(long chatId, Func<ITelegramBotClient, CancellationToken, Task> call,
        CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(chatId, cancellationToken);
        if (!lease.IsAcquired)
            return new SendResult(SendOutcome.RetryLater, Error: "rate limit queue full");

        try
        {
            await call(clients.Create(), cancellationToken);
            return Sent;
        }
        catch (ApiRequestException error) when (TelegramErrors.IsNotModified(error))
        {
            return Sent;
        }
        catch (ApiRequestException error)
        {
            var result = TelegramErrors.Classify(error);
            Log.SendFailed(logger, chatId, error.ErrorCode, result.Outcome);
            return result;
        }
        catch (RequestException error)
        {
            Log.SendBroken(logger, chatId, error);
            return new SendResult(SendOutcome.RetryLater, Error: error.Message);
        }
    }
}
