using SkillShare.Core.Skills.Esco;

namespace SkillShare.Core.Matching.Evaluation;

/// <summary>
/// Reads ESCO occupations with their essential skills from occupationSkillRelations.csv (relations
/// distribution), labelled from occupations_en.csv when that file is among the inputs.
/// </summary>
public static class EscoOccupations
{
    public const string RelationsFile = "occupationSkillRelations.csv";
    public const string OccupationsFile = "occupations_en.csv";

    public static IReadOnlyList<Occupation> Read(EscoFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var labels = files.Contains(OccupationsFile)
            ? Rows(files, OccupationsFile).ToDictionary(r => r["conceptUri"].Trim(), r => r["preferredLabel"].Trim())
            : [];
        return
        [
            .. Rows(files, RelationsFile)
                .Where(r => r["relationType"].Trim() == "essential")
                .GroupBy(r => r["occupationUri"].Trim(), r => r["skillUri"].Trim())
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Occupation(g.Key, labels.GetValueOrDefault(g.Key, g.Key), [.. g.Distinct()])),
        ];
    }

    private static IEnumerable<CsvRow> Rows(EscoFiles files, string name)
    {
        using var reader = new StreamReader(files.Open(name));
        foreach (var row in new CsvReader(reader).ReadRows())
            yield return row;
    }
}
