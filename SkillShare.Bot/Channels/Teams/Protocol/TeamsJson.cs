using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillShare.Bot.Channels.Teams.Protocol;

/// <summary>The JSON shape of the Bot Framework: camelCase, nulls left out.</summary>
public static class TeamsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
