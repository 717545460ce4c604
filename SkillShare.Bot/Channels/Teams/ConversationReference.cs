using SkillShare.Bot.Channels.Teams.Protocol;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>
/// What it takes to reach a Teams conversation later (the SDK's ConversationReference), flattened into
/// the string dictionary a conversation stores as its Address.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string ChannelId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? UserName,
    string? AadObjectId,
    string? Locale)
{
    public static ConversationReference FromActivity(BotActivity activity) => new(
        activity.ServiceUrl!, activity.Conversation!.Id!, activity.ChannelId ?? "msteams",
        activity.Conversation.ConversationType, activity.TenantId, activity.Recipient?.Id, activity.Recipient?.Name,
        activity.From?.Id, activity.From?.Name, activity.From?.AadObjectId, activity.Locale);

    public IReadOnlyDictionary<string, string> ToAddress()
    {
        var address = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(ServiceUrl)] = ServiceUrl,
            [nameof(ConversationId)] = ConversationId,
            [nameof(ChannelId)] = ChannelId,
        };
        Add(address, nameof(ConversationType), ConversationType);
        Add(address, nameof(TenantId), TenantId);
        Add(address, nameof(BotId), BotId);
        Add(address, nameof(BotName), BotName);
        Add(address, nameof(UserId), UserId);
        Add(address, nameof(UserName), UserName);
        Add(address, nameof(AadObjectId), AadObjectId);
        Add(address, nameof(Locale), Locale);
        return address;
    }

    /// <summary>The reference back from a stored address; null when the address lacks the essentials.</summary>
    public static ConversationReference? FromAddress(IReadOnlyDictionary<string, string> address)
    {
        if (!address.TryGetValue(nameof(ServiceUrl), out var serviceUrl)
            || !address.TryGetValue(nameof(ConversationId), out var conversationId))
            return null;

        string? Get(string key) => address.TryGetValue(key, out var value) ? value : null;
        return new ConversationReference(serviceUrl, conversationId, Get(nameof(ChannelId)) ?? "msteams",
            Get(nameof(ConversationType)), Get(nameof(TenantId)), Get(nameof(BotId)), Get(nameof(BotName)),
            Get(nameof(UserId)), Get(nameof(UserName)), Get(nameof(AadObjectId)), Get(nameof(Locale)));
    }

    private static void Add(Dictionary<string, string> address, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            address[key] = value;
    }
}
