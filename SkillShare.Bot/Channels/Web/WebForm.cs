using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Web;

/// <summary>A form as the page draws it: field kinds as lower-case names the script maps to HTML inputs.</summary>
public sealed record WebForm(string Key, string Title, IReadOnlyList<WebFormField> Fields, string SubmitLabel,
    IReadOnlyDictionary<string, string> Errors)
{
    public static WebForm From(ReplyForm form) => new(
        form.Key,
        form.Title,
        form.Fields.Select(WebFormField.From).ToList(),
        form.SubmitLabel,
        form.Errors ?? new Dictionary<string, string>());
}
