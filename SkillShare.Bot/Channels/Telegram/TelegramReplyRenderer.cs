using System.Text;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Core.Members;
using Telegram.Bot.Types.ReplyMarkups;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Renders a channel-neutral reply as Telegram messages in HTML parse mode. Every piece of text
/// from a flow is escaped; only the renderer's own tags reach Telegram. A message carries one
/// markup only, so inline buttons that meet a reply keyboard go on a short follow-up message.
/// </summary>
public static class TelegramReplyRenderer
{
    /// <summary>Telegram's limit for callback_data, in UTF-8 bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    public static IReadOnlyList<TelegramMessage> Render(Reply reply, UiLanguage language)
    {
        var body = BodyOf(reply);
        var messages = body.Length == 0
            ? new List<TelegramMessage>()
            : TelegramHtml.Split(body).Select(part => new TelegramMessage(part)).ToList();

        if (KeyboardOf(reply, language) is { } keyboard)
            AttachFirst(messages, keyboard, language);
        if (InlineKeyboardOf(reply.Buttons) is { } inline)
            AttachLast(messages, inline, language);

        return messages;
    }

    /// <summary>The inline keyboard for button rows; throws when a key breaks the 64-byte limit.</summary>
    public static InlineKeyboardMarkup? InlineKeyboardOf(IReadOnlyList<IReadOnlyList<ReplyButton>> rows)
    {
        if (rows.All(row => row.Count == 0))
            return null;

        return new InlineKeyboardMarkup(rows.Where(row => row.Count > 0)
            .Select(row => row.Select(ButtonOf).ToArray()).ToArray());
    }

    private static InlineKeyboardButton ButtonOf(ReplyButton button)
    {
        var bytes = Encoding.UTF8.GetByteCount(button.Key);
        if (bytes is 0 or > MaxCallbackDataBytes)
        {
            throw new InvalidOperationException(
                $"Button key '{button.Key}' is {bytes} bytes; Telegram's callback_data takes 1 to 64.");
        }

        return InlineKeyboardButton.WithCallbackData(button.Label, button.Key);
    }

    private static ReplyMarkup? KeyboardOf(Reply reply, UiLanguage language) => reply.Keyboard switch
    {
        KeyboardRequest.RequestContact => new ReplyKeyboardMarkup(KeyboardButton.WithRequestContact(
            reply.KeyboardLabel ?? Texts.Default.Get(language, "telegram.share_contact")))
        {
            OneTimeKeyboard = true,
            ResizeKeyboard = true,
        },
        KeyboardRequest.Remove => new ReplyKeyboardRemove(),
        _ => null,
    };

    private static void AttachFirst(List<TelegramMessage> messages, ReplyMarkup markup, UiLanguage language)
    {
        if (messages.Count == 0)
            messages.Add(new TelegramMessage(FollowUpText(language)));
        messages[0] = messages[0] with { Markup = markup };
    }

    private static void AttachLast(List<TelegramMessage> messages, ReplyMarkup markup, UiLanguage language)
    {
        if (messages.Count == 0 || messages[^1].Markup is not null)
            messages.Add(new TelegramMessage(FollowUpText(language)));
        messages[^1] = messages[^1] with { Markup = markup };
    }

    private static string FollowUpText(UiLanguage language) =>
        TelegramHtml.Escape(Texts.Default.Get(language, "telegram.more_choices"));

    private static string BodyOf(Reply reply)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(reply.Text))
            parts.Add(TelegramHtml.Escape(reply.Text));
        if (reply.Card is { } card)
            parts.Add(CardOf(card.Title, card.Fields.Select(f => (f.Label, f.Value))));
        if (reply.Form is { } form)
            parts.Add(FormOf(form));

        return string.Join("\n\n", parts);
    }

    private static string CardOf(string title, IEnumerable<(string Label, string Value)> fields)
    {
        var html = new StringBuilder().Append("<b>").Append(TelegramHtml.Escape(title)).Append("</b>");
        foreach (var (label, value) in fields)
        {
            html.Append('\n').Append("<b>").Append(TelegramHtml.Escape(label)).Append("</b>: ")
                .Append(TelegramHtml.Escape(value));
        }

        return html.ToString();
    }

    private static string FormOf(ReplyForm form)
    {
        var fields = form.Fields.Select(f => (f.Label, Value: ValueWithError(form, f)));
        return CardOf(form.Title, fields);
    }

    private static string ValueWithError(ReplyForm form, FormField field) =>
        form.Errors is not null && form.Errors.TryGetValue(field.Name, out var error)
            ? $"{field.Value} ({error})"
            : field.Value ?? "";
}
