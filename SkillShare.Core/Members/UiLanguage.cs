namespace SkillShare.Core.Members;

/// <summary>The languages the product speaks to its members.</summary>
public enum UiLanguage
{
    English,
    Chinese,
}

public static class UiLanguages
{
    /// <summary>Picks the language from a client's language code: zh* is Chinese, anything else English.</summary>
    public static UiLanguage FromLanguageCode(string? code) =>
        code is not null && code.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? UiLanguage.Chinese
            : UiLanguage.English;
}
