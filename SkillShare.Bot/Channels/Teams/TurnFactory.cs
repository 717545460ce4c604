using System.Text.Json;
using SkillShare.Bot.Channels.Teams.Cards;
using SkillShare.Bot.Channels.Teams.Protocol;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>
/// Turns a Teams activity into a channel-neutral turn: people keyed by aadObjectId, group chats and
/// channels only when the bot is @mentioned (its mention removed using the entities), card data read
/// back into button and form inputs.
/// </summary>
public static class TurnFactory
{
    /// <summary>The turn for a message or card action, or null when the bot should stay silent.</summary>
    public static Turn? FromActivity(BotActivity activity)
    {
        var data = CardPayload(activity);
        if (data is null && !IsPersonal(activity) && !MentionsBot(activity))
            return null;

        var reference = ConversationReference.FromActivity(activity);
        return new Turn
        {
            Channel = ChannelKind.Teams,
            ConversationId = ConversationKeys.For(ChannelKind.Teams, reference.ConversationId),
            SenderId = SenderId(activity),
            SenderName = activity.From?.Name,
            LanguageCode = activity.Locale,
            DeliveryId = "teams:" + (activity.Id ?? Guid.NewGuid().ToString("N")),
            Input = data is { } payload ? ReadCard(payload) : ReadText(activity),
            Address = reference.ToAddress(),
            SourceMessageId = activity.ReplyToId,
        };
    }

    /// <summary>The sender's stable id: aadObjectId on Teams; emulators without one fall back to from.id.</summary>
    public static string SenderId(BotActivity activity) =>
        activity.From?.AadObjectId ?? activity.From?.Id
        ?? throw new InvalidOperationException("The endpoint admits no person's activity without from.id.");

    public static bool IsPersonal(BotActivity activity) =>
        activity.Conversation?.ConversationType is null or ActivityTypes.Personal
        && activity.Conversation?.IsGroup != true;

    public static bool MentionsBot(BotActivity activity) => BotMentions(activity).Any();

    /// <summary>The text without the bot's own mentions, as the entities name them (never guessed).</summary>
    public static string StripBotMentions(BotActivity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in BotMentions(activity))
            text = text.Replace(mention.Text!, "", StringComparison.OrdinalIgnoreCase);
        return text.Trim();
    }

    private static IEnumerable<ActivityEntity> BotMentions(BotActivity activity) =>
        (activity.Entities ?? []).Where(e =>
            string.Equals(e.Type, ActivityTypes.Mention, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(e.Text)
            && activity.Recipient?.Id is { } botId
            && string.Equals(e.Mentioned?.Id, botId, StringComparison.Ordinal));

    private static TurnInput ReadText(BotActivity activity)
    {
        var text = StripBotMentions(activity);
        if (text.Length == 0)
            return new UnsupportedInput(activity.Attachments is { Count: > 0 } ? "attachment" : "empty");
        if (!text.StartsWith('/'))
            return new TextInput(text);

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? text[1..] : text[1..space];
        return new CommandInput(name.ToLowerInvariant(), space < 0 ? "" : text[(space + 1)..].Trim());
    }

    /// <summary>The card data: a message's value (Action.Submit) or an invoke's action.data (Execute).</summary>
    private static JsonElement? CardPayload(BotActivity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
            return null;
        if (activity.Type != ActivityTypes.Invoke)
            return value;

        return value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? data
                : null;
    }

    private static TurnInput ReadCard(JsonElement data)
    {
        if (ReadString(data, CardData.FormKey) is { } form)
            return new FormInput(form, FormFields(data));

        return ReadString(data, CardData.ButtonKey) is { } key ? new ButtonInput(key) : new UnsupportedInput("card");
    }

    private static Dictionary<string, string> FormFields(JsonElement data)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            if (property.Name is CardData.FormKey or CardData.ButtonKey or "msteams")
                continue;
            fields[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : property.Value.GetRawText();
        }

        return fields;
    }

    private static string? ReadString(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
