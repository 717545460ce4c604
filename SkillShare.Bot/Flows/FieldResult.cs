namespace SkillShare.Bot.Flows;

/// <summary>An answer read from one input: the value to keep in the draft, or why it was refused.</summary>
internal sealed record FieldResult(string? Value, string? ErrorKey, object?[] ErrorArgs)
{
    public bool IsValid => ErrorKey is null;

    public static FieldResult Accept(string value) => new(value, null, []);

    public static FieldResult Refuse(string errorKey, params object?[] args) => new(null, errorKey, args);
}
