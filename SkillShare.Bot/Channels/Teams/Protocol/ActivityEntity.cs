using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillShare.Bot.Channels.Teams.Protocol;

/// <summary>An entity of an activity; mentions carry who was mentioned and the text that names them.</summary>
public sealed class ActivityEntity
{
    public string? Type { get; set; }

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
