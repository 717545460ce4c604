using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Localization;

/// <summary>
/// Every user-facing string, in English and Simplified Chinese, read from the JSON catalogues
/// embedded beside this class (one file per area and language: flows.en.json, flows.zh.json...).
/// A key missing in one language is a build-time test failure, never a blank message.
/// </summary>
public sealed class Texts
{
    private readonly FrozenDictionary<UiLanguage, FrozenDictionary<string, string>> _catalogues;

    private Texts(FrozenDictionary<UiLanguage, FrozenDictionary<string, string>> catalogues) =>
        _catalogues = catalogues;

    public static Texts Default { get; } = Load();

    public IReadOnlyCollection<string> Keys(UiLanguage language) => _catalogues[language].Keys;

    /// <summary>The text for a key in a language, with {0}-style holes filled from args.</summary>
    public string Get(UiLanguage language, string key, params object?[] args)
    {
        if (!_catalogues[language].TryGetValue(key, out var template) &&
            !_catalogues[UiLanguage.English].TryGetValue(key, out template))
            throw new KeyNotFoundException($"No text for '{key}'.");

        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    public bool Has(string key) => _catalogues[UiLanguage.English].ContainsKey(key);

    private static Texts Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var byLanguage = new Dictionary<UiLanguage, Dictionary<string, string>>
        {
            [UiLanguage.English] = new(StringComparer.Ordinal),
            [UiLanguage.Chinese] = new(StringComparer.Ordinal),
        };

        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));
        foreach (var name in names)
        {
            var language = name.EndsWith(".zh.json", StringComparison.Ordinal)
                ? UiLanguage.Chinese
                : UiLanguage.English;
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Text catalogue {name} is empty.");
            foreach (var (key, value) in entries)
            {
                if (!byLanguage[language].TryAdd(key, value))
                    throw new InvalidOperationException($"Text key '{key}' is defined twice ({name}).");
            }
        }

        return new Texts(byLanguage.ToFrozenDictionary(
            p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal)));
    }

    private const string Prefix = "SkillShare.Bot.Localization.";
}
