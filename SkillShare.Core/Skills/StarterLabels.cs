namespace SkillShare.Core.Skills;

/// <summary>
/// Carries the starter taxonomy's everyday and Chinese names ("postgres", "编程") into an imported
/// taxonomy, so members' words keep resolving after an ESCO import.
/// </summary>
/// <remarks>
/// A starter skill whose label or synonym is an imported skill's preferred label adds its labels to
/// that skill; a starter skill that names none is kept as it is, with its starter id.
/// </remarks>
public static class StarterLabels
{
    /// <summary>The imported taxonomy with the starter's labels merged in.</summary>
    public static SkillTaxonomy MergeInto(SkillTaxonomy imported, SkillTaxonomy starter)
    {
        var extra = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unmatched = new List<Skill>();
        foreach (var skill in starter.All)
        {
            var target = Labels(skill).Select(l => Named(imported, l)).FirstOrDefault(s => s is not null);
            if (target is null)
                unmatched.Add(skill);
            else
                Extra(extra, target.Id).AddRange(Labels(skill));
        }

        var ids = imported.All.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var merged = imported.All.Select(s => extra.TryGetValue(s.Id, out var labels) ? WithLabels(s, labels) : s);
        return new SkillTaxonomy(merged.Concat(unmatched.Where(s => !ids.Contains(s.Id)).Select(Unlinked)));
    }

    /// <summary>
    /// The imported skill whose preferred label is <paramref name="label"/>, bare or with ESCO's
    /// qualifier ("Java" names "Java (computer programming)"). Alternative labels are not trusted
    /// here: ESCO lists "security" under "securities" and "unity" under "design principles".
    /// </summary>
    private static Skill? Named(SkillTaxonomy imported, string label)
    {
        var key = SkillTaxonomy.LabelKey(label);
        var skill = imported.FindByLabel(label);
        if (skill is null || skill.IsGroup)
            return null;

        var preferred = SkillTaxonomy.LabelKey(skill.PreferredLabel);
        return preferred == key || preferred.StartsWith(key + " (", StringComparison.Ordinal) ? skill : null;
    }

    private static IEnumerable<string> Labels(Skill skill) => skill.AltLabels.Prepend(skill.PreferredLabel);

    private static List<string> Extra(Dictionary<string, List<string>> extra, string id)
    {
        if (!extra.TryGetValue(id, out var list))
            extra[id] = list = [];
        return list;
    }

    private static Skill WithLabels(Skill skill, List<string> labels)
    {
        var seen = Labels(skill).Select(SkillTaxonomy.LabelKey).ToHashSet(StringComparer.Ordinal);
        var added = labels.Where(l => seen.Add(SkillTaxonomy.LabelKey(l)));
        return skill with { AltLabels = [.. skill.AltLabels, .. added] };
    }

    private static Skill Unlinked(Skill skill) => skill with { Broader = [] };
}
