using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web;

/// <summary>Checks a pane's post and maps it to a channel-neutral <see cref="Turn"/>, or says why not.</summary>
public sealed partial class WebTurns(IOptions<WebOptions> options)
{
    private readonly WebOptions _options = options.Value;

    public (Turn? Turn, WebRefusal? Refusal) FromText(WebSession session, WebPane pane, WebTextPost post)
    {
        if (CheckDelivery(post.DeliveryId) is { } refusal)
            return (null, refusal);
        if (string.IsNullOrWhiteSpace(post.Text))
            return (null, WebRefusal.Of("web.error.text-missing"));
        if (post.Text.Length > _options.MaxTextLength)
            return (null, WebRefusal.Of("web.error.text-too-long", _options.MaxTextLength));

        return (Build(session, pane, post.DeliveryId!, ReadText(post.Text), null), null);
    }

    public (Turn? Turn, WebRefusal? Refusal) FromButton(WebSession session, WebPane pane, WebButtonPost post)
    {
        var refusal = CheckDelivery(post.DeliveryId) ?? CheckKey(post.Key, "web.error.button-key")
            ?? CheckMessageId(post.MessageId);
        if (refusal is not null)
            return (null, refusal);

        return (Build(session, pane, post.DeliveryId!, new ButtonInput(post.Key!), post.MessageId), null);
    }

    public (Turn? Turn, WebRefusal? Refusal) FromForm(WebSession session, WebPane pane, WebFormPost post)
    {
        var refusal = CheckDelivery(post.DeliveryId) ?? CheckKey(post.Key, "web.error.form-key")
            ?? CheckMessageId(post.MessageId) ?? CheckFields(post.Fields);
        if (refusal is not null)
            return (null, refusal);

        var fields = post.Fields!.ToDictionary(f => f.Key, f => f.Value ?? "", StringComparer.Ordinal);
        return (Build(session, pane, post.DeliveryId!, new FormInput(post.Key!, fields), post.MessageId), null);
    }

    /// <summary>"/start" and "/help me" are commands (name lower-cased, the rest as args); the rest is text.</summary>
    public static TurnInput ReadText(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsAsciiLetter(trimmed[1]))
            return new TextInput(text);

        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? trimmed[1..] : trimmed[1..space];
        var args = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return new CommandInput(name.ToLowerInvariant(), args);
    }

    private static Turn Build(WebSession session, WebPane pane, string deliveryId, TurnInput input,
        string? sourceMessageId) => new()
    {
        Channel = ChannelKind.Web,
        ConversationId = session.ConversationId(pane),
        SenderId = session.UserId(pane),
        LanguageCode = session.Language == UiLanguage.Chinese ? "zh" : "en",
        DeliveryId = $"web:{session.UserId(pane)}:{deliveryId}",
        Input = input,
        Address = new Dictionary<string, string>(StringComparer.Ordinal) { ["pane"] = pane.ToString() },
        SourceMessageId = sourceMessageId,
    };

    private static WebRefusal? CheckDelivery(string? deliveryId) =>
        deliveryId is not null && DeliveryIdPattern().IsMatch(deliveryId)
            ? null
            : WebRefusal.Of("web.error.delivery-id");

    private static WebRefusal? CheckKey(string? key, string textKey) =>
        string.IsNullOrWhiteSpace(key) || Encoding.UTF8.GetByteCount(key) > ButtonKeyMaxBytes ||
        key.Any(char.IsControl)
            ? WebRefusal.Of(textKey)
            : null;

    private static WebRefusal? CheckMessageId(string? messageId) =>
        messageId is null || MessageIdPattern().IsMatch(messageId) ? null : WebRefusal.Of("web.error.message-id");

    private WebRefusal? CheckFields(Dictionary<string, string?>? fields)
    {
        if (fields is null)
            return WebRefusal.Of("web.error.form-fields");
        if (fields.Count > _options.MaxFormFields)
            return WebRefusal.Of("web.error.form-too-many", _options.MaxFormFields);
        if (fields.Keys.Any(name => string.IsNullOrWhiteSpace(name) || name.Length > ButtonKeyMaxBytes))
            return WebRefusal.Of("web.error.form-fields");

        return fields.Values.Any(v => v is not null && v.Length > _options.MaxTextLength)
            ? WebRefusal.Of("web.error.text-too-long", _options.MaxTextLength)
            : null;
    }

    /// <summary>Keys travel in Telegram's callback_data too, so they share its 64-byte limit.</summary>
    private const int ButtonKeyMaxBytes = 64;

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex DeliveryIdPattern();

    [GeneratedRegex("^m[0-9a-f]{12}$")]
    private static partial Regex MessageIdPattern();
}
