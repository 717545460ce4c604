using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Web;

/// <summary>One input of a <see cref="WebForm"/>; Kind is text, multiline, number, date or choice.</summary>
public sealed record WebFormField(string Name, string Label, string Kind, bool Required, string? Value,
    IReadOnlyList<ReplyButton> Choices, int? MaxLength)
{
    public static WebFormField From(FormField field) => new(
        field.Name,
        field.Label,
        KindName(field.Kind),
        field.Required,
        field.Value,
        field.Choices ?? [],
        field.MaxLength);

    private static string KindName(FormFieldKind kind) => kind switch
    {
        FormFieldKind.MultilineText => "multiline",
        FormFieldKind.Number => "number",
        FormFieldKind.Date => "date",
        FormFieldKind.Choice => "choice",
        _ => "text",
    };
}
