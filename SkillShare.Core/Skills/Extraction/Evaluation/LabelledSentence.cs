namespace SkillShare.Core.Skills.Extraction.Evaluation;

/// <summary>A sentence with the skill labels annotators gave it (ESCO preferred labels or markers).</summary>
public sealed record LabelledSentence(string Text, IReadOnlyList<string> Labels)
{
    /// <summary>The annotators' marker for a span that no ESCO skill fits.</summary>
    public const string NotPresent = "LABEL NOT PRESENT";

    /// <summary>
    /// Reads the benchmark CSV (columns sentence and label, one row per span), grouping rows by
    /// sentence in order of first appearance.
    /// </summary>
    public static IReadOnlyList<LabelledSentence> Load(TextReader reader)
    {
        var labels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in new Esco.CsvReader(reader).ReadRows())
        {
            var sentence = row["sentence"];
            if (!labels.TryGetValue(sentence, out var list))
            {
                labels[sentence] = list = [];
                order.Add(sentence);
            }

            if (!list.Contains(row["label"]))
                list.Add(row["label"]);
        }

        return order.Select(s => new LabelledSentence(s, labels[s])).ToList();
    }
}
