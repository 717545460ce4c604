using System.Text.Json.Nodes;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>One request the bot made to the fake connector.</summary>
public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonNode? Body)
{
    public string? Text => Body?["text"]?.GetValue<string>();

    public JsonNode? Card => Body?["attachments"]?[0]?["content"];
}
