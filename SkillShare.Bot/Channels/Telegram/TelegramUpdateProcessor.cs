using System.Globalization;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using Telegram.Bot.Types;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Handles one update, whichever way it arrived (polling or webhook): answers a callback query
/// first, drops a delivery id already processed (the engine records it with the turn), hands a
/// private-chat turn to the engine and sends its replies, tells a group once that the bot works in
/// private chats, tells the sender of an edited message that edits are not read, and ignores the rest.
/// </summary>
public sealed class TelegramUpdateProcessor(
    IConversationEngine engine,
    TelegramSender sender,
    TimeProvider time,
    ILogger<TelegramUpdateProcessor> logger,
    IConversationStore? conversations = null,
    IMemberStore? members = null,
    IOutboxStore? outbox = null)
{
    public async Task ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        var inbound = TelegramUpdateMapper.Map(update);
        if (inbound.CallbackQueryId is { } callbackQueryId)
            await sender.AnswerCallbackAsync(callbackQueryId, cancellationToken);

        if (conversations?.WasProcessed(inbound.DeliveryId) == true)
        {
            Log.UpdateIgnored(logger, inbound.DeliveryId, "duplicate delivery");
            return;
        }

        switch (inbound.Kind)
        {
            case TelegramInboundKind.Turn:
                await HandleTurnAsync(inbound, inbound.Turn!, cancellationToken);
                break;
            case TelegramInboundKind.GroupMessage:
                await HandleGroupAsync(inbound, cancellationToken);
                break;
            case TelegramInboundKind.EditedMessage:
                await HandleEditedAsync(inbound, cancellationToken);
                break;
            default:
                Log.UpdateIgnored(logger, inbound.DeliveryId, inbound.Reason);
                break;
        }
    }

    private async Task HandleTurnAsync(TelegramInbound inbound, Turn turn, CancellationToken cancellationToken)
    {
        var replies = await engine.HandleAsync(turn, cancellationToken);
        var language = TelegramLanguages.For(members, inbound.ChatId, inbound.LanguageCode);
        int? sourceMessageId = int.TryParse(turn.SourceMessageId, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

        for (var i = 0; i < replies.Count; i++)
        {
            var result = await sender.SendReplyAsync(inbound.ChatId, replies[i], language, sourceMessageId,
                cancellationToken);
            if (result.Outcome == SendOutcome.Sent)
                continue;

            Log.RepliesStopped(logger, inbound.DeliveryId, result.Outcome);
            if (result.Outcome == SendOutcome.RetryLater)
                Defer(turn, replies.Skip(i), result.RetryAfter ?? TimeSpan.FromSeconds(30));
            return;
        }
    }

    /// <summary>Queues the replies the chat would not take now, so the dispatcher sends them in order later.</summary>
    private void Defer(Turn turn, IEnumerable<Reply> replies, TimeSpan retryAfter)
    {
        var member = members?.FindByIdentity(new ChannelIdentity(ChannelKind.Telegram, turn.SenderId));
        if (outbox is null || member is null)
            return;

        var now = time.GetUtcNow();
        outbox.Enqueue(DeferredReplies.For(member.Id, ChannelKind.Telegram, turn.ConversationId, turn.DeliveryId,
            replies, now, now + retryAfter));
    }

    private async Task HandleGroupAsync(TelegramInbound inbound, CancellationToken cancellationToken)
    {
        var chat = inbound.ChatId.ToString(CultureInfo.InvariantCulture);
        var key = ConversationKeys.For(ChannelKind.Telegram, chat);
        var state = conversations?.Find(key);
        if (state is { GroupNoticeSent: true })
            return;

        state ??= new ConversationState { Id = key, Channel = ChannelKind.Telegram, ChannelUserId = chat };
        state.GroupNoticeSent = true;
        state.UpdatedAt = time.GetUtcNow();
        conversations?.Commit(new TurnChanges { DeliveryId = inbound.DeliveryId, Conversation = state });

        var language = UiLanguages.FromLanguageCode(inbound.LanguageCode);
        await SayAsync(inbound.ChatId, language, FlowTexts.PrivateChatsOnly, cancellationToken);
        Log.GroupNoticeSent(logger, inbound.ChatId);
    }

    private async Task HandleEditedAsync(TelegramInbound inbound, CancellationToken cancellationToken)
    {
        conversations?.Commit(new TurnChanges { DeliveryId = inbound.DeliveryId });
        var language = TelegramLanguages.For(members, inbound.ChatId, inbound.LanguageCode);
        await SayAsync(inbound.ChatId, language, FlowTexts.EditedMessageIgnored, cancellationToken);
    }

    private Task<SendResult> SayAsync(long chatId, UiLanguage language, string key, CancellationToken ct) =>
        sender.SendReplyAsync(chatId, Reply.Plain(Texts.Default.Get(language, key)), language, null, ct);
}
