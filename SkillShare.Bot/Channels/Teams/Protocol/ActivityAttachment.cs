using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SkillShare.Bot.Channels.Teams.Protocol;

/// <summary>An attachment: a content type and its content (an Adaptive Card, an html copy of the text…).</summary>
public sealed class ActivityAttachment
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public JsonNode? Content { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
