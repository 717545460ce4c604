using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace SkillShare.Core.Skills;

/// <summary>A set of skills with a look-up from any of their labels, case and spacing ignored.</summary>
public sealed class SkillTaxonomy
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<SkillTaxonomy> StarterTaxonomy = new(LoadStarter);

    private readonly FrozenDictionary<string, Skill> _byId;
    private readonly FrozenDictionary<string, Skill> _byLabel;
    private readonly IReadOnlyList<Skill> _skills;
    private readonly ILookup<string, Skill> _narrower;

    public SkillTaxonomy(IEnumerable<Skill> skills)
    {
        var list = skills.ToList();
        _skills = list;
        _byId = list.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _narrower = list.SelectMany(s => s.Broader, (s, b) => (Broader: b, Skill: s))
            .ToLookup(p => p.Broader, p => p.Skill, StringComparer.Ordinal);

        var byLabel = new Dictionary<string, Skill>(StringComparer.Ordinal);
        foreach (var skill in list.OrderBy(s => !s.IsGroup))
        {
            byLabel[LabelKey(skill.PreferredLabel)] = skill;
        }

        foreach (var skill in list.OrderBy(s => s.IsGroup))
        {
            foreach (var alt in skill.AltLabels)
                byLabel.TryAdd(LabelKey(alt), skill);
        }

        _byLabel = byLabel.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _byId.Count;

    /// <summary>Every skill, in the order the taxonomy was built from.</summary>
    public IReadOnlyList<Skill> All => _skills;

    /// <summary>The skills whose broader skills include <paramref name="id"/>.</summary>
    public IEnumerable<Skill> NarrowerOf(string id) => _narrower[id];

    public Skill? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Finds a skill by any of its labels: "postgres", "PostgreSQL" and " POSTGRESQL " agree.</summary>
    public Skill? FindByLabel(string label) => _byLabel.GetValueOrDefault(LabelKey(label));

    /// <summary>The starter taxonomy that ships inside the product.</summary>
    public static SkillTaxonomy Starter => StarterTaxonomy.Value;

    /// <summary>Lower-cases and folds runs of space, hyphen and underscore between words into one space.</summary>
    public static string LabelKey(string label)
    {
        var chars = new List<char>(label.Length);
        var pendingSpace = false;
        foreach (var c in label.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_')
            {
                pendingSpace = chars.Count > 0;
                continue;
            }

            if (pendingSpace)
                chars.Add(' ');
            pendingSpace = false;
            chars.Add(c);
        }

        return new string(chars.ToArray());
    }

    private static SkillTaxonomy LoadStarter()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("SkillShare.Core.Skills.starter-taxonomy.json")
            ?? throw new InvalidOperationException("The starter taxonomy is missing from the assembly.");
        var entries = JsonSerializer.Deserialize<List<StarterEntry>>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The starter taxonomy is empty.");
        return new SkillTaxonomy(entries.Select(e => new Skill
        {
            Id = e.Id,
            PreferredLabel = e.Label,
            AltLabels = e.Alt ?? [],
            Broader = e.Broader ?? [],
        }));
    }

    private sealed record StarterEntry(string Id, string Label, List<string>? Alt, List<string>? Broader);
}
