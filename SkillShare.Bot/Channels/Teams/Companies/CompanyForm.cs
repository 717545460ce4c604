using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Core.Companies;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams.Companies;

/// <summary>The company registration card: one form, errors shown beside their fields.</summary>
public static class CompanyForm
{
    public const string Key = "teams.company";

    public static Reply Ask(UiLanguage language, IReadOnlyDictionary<string, string>? answers = null,
        IReadOnlyDictionary<string, string>? errorCodes = null)
    {
        string T(string key) => Texts.Default.Get(language, key);
        string? Value(string field) => answers?.GetValueOrDefault(field);
        var errors = errorCodes?.ToDictionary(e => e.Key, e => T("teams.company.error." + e.Value),
            StringComparer.Ordinal);
        var sizes = Enum.GetValues<CompanySize>()
            .Select(s => new ReplyButton(T("teams.company.size." + s.ToString().ToLowerInvariant()), s.ToString()))
            .ToList();
        FormField[] fields =
        [
            new(CompanyProfile.NameField, T("teams.company.name"), FormFieldKind.Text, true, Value("name"),
                MaxLength: 100),
            new(CompanyProfile.WebsiteField, T("teams.company.website"), FormFieldKind.Text, true, Value("website")),
            new(CompanyProfile.SizeField, T("teams.company.size"), FormFieldKind.Choice, true, Value("size"), sizes),
            new(CompanyProfile.CountryField, T("teams.company.country"), FormFieldKind.Text, true, Value("country"),
                MaxLength: 2),
        ];
        return new Reply
        {
            Text = T("teams.company.intro"),
            Form = new ReplyForm(Key, T("teams.company.title"), fields, T("teams.company.submit"), errors),
        };
    }
}
