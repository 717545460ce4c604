namespace SkillShare.Bot.Flows;

/// <summary>A flow asked to start after the current turn's flow, with the draft it starts from.</summary>
internal sealed record PendingFlow(string Name, Dictionary<string, string> Draft);
