using System.Collections.Frozen;
using SkillShare.Bot.Localization;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web;

/// <summary>The page chrome's strings ("web.page.*" keys of the catalogue), handed to the page's script.</summary>
public static class WebPageStrings
{
    private const string Prefix = "web.page.";

    private static readonly FrozenDictionary<UiLanguage, IReadOnlyDictionary<string, string>> ByLanguage =
        Enum.GetValues<UiLanguage>().ToFrozenDictionary(language => language, Load);

    public static IReadOnlyDictionary<string, string> For(UiLanguage language) => ByLanguage[language];

    private static IReadOnlyDictionary<string, string> Load(UiLanguage language) =>
        Texts.Default.Keys(UiLanguage.English)
            .Where(key => key.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(key => key[Prefix.Length..], key => Texts.Default.Get(language, key), StringComparer.Ordinal);
}
