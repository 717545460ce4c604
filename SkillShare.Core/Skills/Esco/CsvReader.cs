using System.Text;

namespace SkillShare.Core.Skills.Esco;

/// <summary>
/// Reads RFC 4180 CSV: comma-separated fields, quoted fields that may hold commas, new lines and
/// doubled quotes (""), records ending in LF or CRLF.
/// </summary>
public sealed class CsvReader(TextReader reader)
{
    private readonly StringBuilder _field = new();

    /// <summary>Reads every record, the header included, as a list of fields.</summary>
    public IEnumerable<IReadOnlyList<string>> ReadRecords()
    {
        while (ReadRecord() is { } record)
            yield return record;
    }

    /// <summary>Reads the header, then each further record as a row addressed by column name.</summary>
    public IEnumerable<CsvRow> ReadRows()
    {
        using var records = ReadRecords().GetEnumerator();
        if (!records.MoveNext())
            yield break;

        var columns = CsvRow.IndexColumns(records.Current);
        while (records.MoveNext())
        {
            if (records.Current is not [""])
                yield return new CsvRow(columns, records.Current);
        }
    }

    private List<string>? ReadRecord()
    {
        if (reader.Peek() < 0)
            return null;

        var fields = new List<string>();
        while (true)
        {
            var end = ReadField();
            fields.Add(_field.ToString());
            if (end != ',')
                return fields;
        }
    }

    private int ReadField()
    {
        _field.Clear();
        if (reader.Peek() == '"')
        {
            reader.Read();
            ReadQuoted();
        }

        return ReadUnquoted();
    }

    private void ReadQuoted()
    {
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
                return;
            if (c == '"' && reader.Peek() != '"')
                return;
            if (c == '"')
                reader.Read();
            _field.Append((char)c);
        }
    }

    private int ReadUnquoted()
    {
        while (true)
        {
            var c = reader.Read();
            if (c is < 0 or ',' or '\n')
                return c;
            if (c == '\r' && reader.Peek() == '\n')
                continue;
            _field.Append((char)c);
        }
    }
}
