namespace SkillShare.Core.Skills;

/// <summary>
/// Turns a member's free-text list of skills ("postgres, React.js；Python") into skill references:
/// split on commas, semicolons and new lines (Western and Chinese), matched to the taxonomy by any
/// label, duplicates removed, unknown skills kept in the member's words.
/// </summary>
public sealed class SkillNormalizer(SkillTaxonomy taxonomy)
{
    /// <summary>The taxonomy skills are normalised against.</summary>
    public SkillTaxonomy Taxonomy => taxonomy;

    /// <summary>The most skills one post may list.</summary>
    public const int MaxSkills = 20;

    /// <summary>The longest single skill name accepted.</summary>
    public const int MaxSkillLength = 60;

    private static readonly char[] Separators = [',', ';', '\n', '，', '；', '、', '/', '|'];

    public IReadOnlyList<SkillRef> Normalize(string text)
    {
        var result = new List<SkillRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var raw in parts)
        {
            var skill = Resolve(raw);
            if (skill is null || !seen.Add(skill.SkillId ?? SkillTaxonomy.LabelKey(skill.Label)))
                continue;
            result.Add(skill);
        }

        return result;
    }

    private SkillRef? Resolve(string raw)
    {
        var cleaned = string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length == 0)
            return null;

        var skill = taxonomy.FindByLabel(cleaned) ?? taxonomy.FindByLabel(cleaned.TrimEnd('.'));
        return skill is null ? new SkillRef(null, cleaned) : new SkillRef(skill.Id, skill.PreferredLabel);
    }
}
