using System.Collections.Frozen;

namespace SkillShare.Core.Skills.Esco;

/// <summary>One CSV record whose fields are read by header name; a missing column reads as "".</summary>
public sealed class CsvRow(FrozenDictionary<string, int> columns, IReadOnlyList<string> fields)
{
    /// <summary>The field under the named column, or "" when the column or field is absent.</summary>
    public string this[string column] =>
        columns.TryGetValue(column, out var index) && index < fields.Count ? fields[index] : "";

    internal static FrozenDictionary<string, int> IndexColumns(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
            columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        return columns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
