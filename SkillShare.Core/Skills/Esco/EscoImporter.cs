using System.Text;

namespace SkillShare.Core.Skills.Esco;

/// <summary>
/// Builds a <see cref="SkillTaxonomy"/> from the official ESCO CSV distribution: skills with their
/// labels, type and description, the skill groups, and the broader relations between them.
/// </summary>
/// <remarks>
/// The classification zip alone gives skills and the group tree; the skill-to-group and
/// skill-to-skill links come from broaderRelationsSkillPillar.csv in the relations zip.
/// The output is sorted by id, so importing the same files twice gives the same taxonomy.
/// </remarks>
public static class EscoImporter
{
    public const string SkillsFile = "skills_en.csv";
    public const string GroupsFile = "skillGroups_en.csv";
    public const string BroaderFile = "broaderRelationsSkillPillar.csv";
    public const string HierarchyFile = "skillsHierarchy_en.csv";

    /// <summary>Imports from zips, CSV files or folders; skills_en.csv must be among them.</summary>
    public static EscoImportResult Import(IEnumerable<string> paths, IProgress<EscoImportProgress>? progress = null)
    {
        using var files = new EscoFiles(paths);
        var toRead = new[] { SkillsFile, GroupsFile, files.Contains(BroaderFile) ? BroaderFile : HierarchyFile }
            .Where(name => name == SkillsFile || files.Contains(name))
            .ToList();
        var reader = new EscoProgressReader(files, toRead.Sum(files.Length), progress);

        var skills = ReadSkills(reader.Rows(SkillsFile), "");
        var groups = files.Contains(GroupsFile) ? ReadSkills(reader.Rows(GroupsFile), Skill.GroupType) : [];
        var broader = files.Contains(BroaderFile)
            ? ReadBroader(reader.Rows(BroaderFile))
            : files.Contains(HierarchyFile) ? ReadHierarchy(reader.Rows(HierarchyFile)) : [];

        return Build(skills, groups, broader);
    }

    /// <summary>Splits ESCO's newline-separated labels, dropping blanks and repeats of the preferred label.</summary>
    public static IReadOnlyList<string> SplitLabels(string field, string preferred)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { SkillTaxonomy.LabelKey(preferred) };
        return field.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(label => seen.Add(SkillTaxonomy.LabelKey(label)))
            .ToList();
    }

    private static List<Skill> ReadSkills(IEnumerable<CsvRow> rows, string typeOverride) =>
        rows.Where(row => row["conceptUri"].Length > 0 && row["preferredLabel"].Length > 0)
            .Select(row => new Skill
            {
                Id = row["conceptUri"].Trim(),
                PreferredLabel = row["preferredLabel"].Trim(),
                AltLabels = SplitLabels(row["altLabels"], row["preferredLabel"]),
                SkillType = typeOverride.Length > 0 ? typeOverride : row["skillType"].Trim(),
                Description = Clean(row["description"]),
            })
            .ToList();

    private static List<(string Narrower, string Broader)> ReadBroader(IEnumerable<CsvRow> rows) =>
        rows.Select(row => (row["conceptUri"].Trim(), row["broaderUri"].Trim()))
            .Where(link => link.Item1.Length > 0 && link.Item2.Length > 0)
            .ToList();

    private static List<(string Narrower, string Broader)> ReadHierarchy(IEnumerable<CsvRow> rows)
    {
        var links = new List<(string, string)>();
        foreach (var row in rows)
        {
            for (var level = 1; level <= 3; level++)
            {
                var narrower = row[$"Level {level} URI"].Trim();
                var broader = row[$"Level {level - 1} URI"].Trim();
                if (narrower.Length > 0 && broader.Length > 0)
                    links.Add((narrower, broader));
            }
        }

        return links;
    }

    private static EscoImportResult Build(
        List<Skill> skills, List<Skill> groups, List<(string Narrower, string Broader)> links)
    {
        var all = skills.Concat(groups).DistinctBy(s => s.Id, StringComparer.Ordinal).ToList();
        var ids = all.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var broader = links.Where(l => ids.Contains(l.Narrower) && ids.Contains(l.Broader) && l.Narrower != l.Broader)
            .Distinct()
            .ToLookup(l => l.Narrower, l => l.Broader, StringComparer.Ordinal);

        var built = all.Select(s => s with { Broader = broader[s.Id].Order(StringComparer.Ordinal).ToList() })
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var labels = built.Where(s => !s.IsGroup).Sum(s => 1 + s.AltLabels.Count);
        var linkCount = built.Sum(s => s.Broader.Count);
        return new EscoImportResult(new SkillTaxonomy(built), skills.Count, groups.Count, labels, linkCount);
    }

    private static string Clean(string text) =>
        new StringBuilder(text.Trim()).Replace("\r\n", "\n").ToString();
}
