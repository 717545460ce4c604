using System.Globalization;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Translates one Telegram update into a channel-neutral turn, with one switch on the update's shape.
/// An edited private message is not a turn: the flows never see it, and the member is told, in
/// their language, to send the change as a new message.
/// </summary>
public static class TelegramUpdateMapper
{
    public static string DeliveryIdOf(int updateId) => "tg:" + updateId.ToString(CultureInfo.InvariantCulture);

    public static TelegramInbound Map(Update update)
    {
        var deliveryId = DeliveryIdOf(update.Id);
        return update switch
        {
            { Message: { } message } => FromMessage(deliveryId, message, edited: false),
            { EditedMessage: { } message } => FromMessage(deliveryId, message, edited: true),
            { CallbackQuery: { } query } => FromCallback(deliveryId, query),
            _ => Ignore(deliveryId, update.Type.ToString()),
        };
    }

    private static TelegramInbound FromMessage(string deliveryId, Message message, bool edited)
    {
        if (message.From is not { IsBot: false } from)
            return Ignore(deliveryId, "no sender");

        if (message.Chat.Type is ChatType.Group or ChatType.Supergroup)
        {
            return edited
                ? Ignore(deliveryId, "edited group message")
                : new TelegramInbound(TelegramInboundKind.GroupMessage, deliveryId)
                {
                    ChatId = message.Chat.Id,
                    LanguageCode = from.LanguageCode,
                };
        }

        if (message.Chat.Type != ChatType.Private)
            return Ignore(deliveryId, message.Chat.Type.ToString());

        if (edited)
        {
            return new TelegramInbound(TelegramInboundKind.EditedMessage, deliveryId)
            {
                ChatId = message.Chat.Id,
                LanguageCode = from.LanguageCode,
            };
        }

        return ForTurn(deliveryId, message.Chat.Id, from, InputOf(message), sourceMessageId: null,
            callbackQueryId: null);
    }

    private static TelegramInbound FromCallback(string deliveryId, CallbackQuery query)
    {
        var chat = query.Message?.Chat;
        if (query.Data is not { Length: > 0 } data || chat is { Type: not ChatType.Private })
            return Ignore(deliveryId, "callback outside a private chat") with { CallbackQueryId = query.Id };

        var chatId = chat?.Id ?? query.From.Id;
        var sourceId = query.Message?.Id.ToString(CultureInfo.InvariantCulture);
        return ForTurn(deliveryId, chatId, query.From, new ButtonInput(data), sourceId, query.Id);
    }

    private static TurnInput InputOf(Message message) => message switch
    {
        { Text: { } text } => TextOrCommand(text),
        { Contact: { } contact } => new ContactInput(contact.PhoneNumber,
            contact.UserId?.ToString(CultureInfo.InvariantCulture)),
        { Photo: { Length: > 0 } sizes } => new PhotoInput(sizes.MaxBy(s => (long)s.Width * s.Height)!.FileId),
        _ => new UnsupportedInput(KindOf(message.Type)),
    };

    private static TurnInput TextOrCommand(string text)
    {
        if (text.Length < 2 || text[0] != '/' || !IsCommandChar(text[1]))
            return new TextInput(text);

        var end = text.IndexOfAny([' ', '\n', '\t']);
        var head = end < 0 ? text[1..] : text[1..end];
        var args = end < 0 ? "" : text[(end + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? head : head[..at];
        return new CommandInput(name.ToLowerInvariant(), args);
    }

    private static bool IsCommandChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string KindOf(MessageType type) => type.ToString().ToLowerInvariant();

    private static TelegramInbound ForTurn(string deliveryId, long chatId, User from, TurnInput input,
        string? sourceMessageId, string? callbackQueryId)
    {
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        var turn = new Turn
        {
            Channel = ChannelKind.Telegram,
            ConversationId = ConversationKeys.For(ChannelKind.Telegram, chat),
            SenderId = from.Id.ToString(CultureInfo.InvariantCulture),
            SenderName = from.FirstName,
            LanguageCode = from.LanguageCode,
            DeliveryId = deliveryId,
            Input = input,
            Address = new Dictionary<string, string>(StringComparer.Ordinal) { ["chat_id"] = chat },
            SourceMessageId = sourceMessageId,
        };
        return new TelegramInbound(TelegramInboundKind.Turn, deliveryId)
        {
            Turn = turn,
            ChatId = chatId,
            CallbackQueryId = callbackQueryId,
            LanguageCode = from.LanguageCode,
        };
    }

    private static TelegramInbound Ignore(string deliveryId, string reason) =>
        new(TelegramInboundKind.Ignored, deliveryId) { Reason = reason };
}
