namespace SkillShare.Bot.Flows;

/// <summary>Why a question is asked again: a text key and its arguments.</summary>
internal sealed record Hint(string Key, object?[] Args)
{
    public static Hint? From(string? key, object?[] args) => key is null ? null : new Hint(key, args);
}
