using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillShare.Bot.Channels.Teams.Protocol;

/// <summary>The conversation of an activity: id, personal/groupChat/channel, and the tenant.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
