using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillShare.Bot.Channels.Teams.Protocol;

/// <summary>A Bot Framework activity, as much of it as we read; unknown fields round-trip untouched.</summary>
public sealed class BotActivity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? Locale { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? ReplyToId { get; set; }

    public string? Action { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ActivityEntity>? Entities { get; set; }

    public IList<ActivityAttachment>? Attachments { get; set; }

    public JsonElement? Value { get; set; }

    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The Teams tenant: conversation.tenantId, else channelData.tenant.id.</summary>
    public string? TenantId => Conversation?.TenantId ?? ChannelDataTenantId();

    private string? ChannelDataTenantId() =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
