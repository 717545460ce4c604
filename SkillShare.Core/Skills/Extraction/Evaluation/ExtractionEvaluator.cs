namespace SkillShare.Core.Skills.Extraction.Evaluation;

/// <summary>
/// Measures a <see cref="SkillExtractor"/> against labelled sentences. Labels are mapped to the
/// taxonomy by label (preferred first, then alternative), so labels of an older ESCO version still
/// count when only their version differs; labels that map to nothing are reported, not scored.
/// </summary>
public sealed class ExtractionEvaluator(SkillTaxonomy taxonomy, SkillExtractor extractor)
{
    /// <summary>Ranks every sentence over the whole taxonomy and scores the ranking.</summary>
    public ExtractionEvaluation Evaluate(IEnumerable<LabelledSentence> sentences)
    {
        var score = ExtractionScore.Empty;
        var withoutKnown = 0;
        var unmapped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var gold = MapLabels(sentence, unmapped);
            if (gold.Count == 0)
            {
                withoutKnown += sentence.Labels.Any(l => l != LabelledSentence.NotPresent) ? 1 : 0;
                continue;
            }

            var ranked = extractor.Extract(sentence.Text, int.MaxValue).Select(m => m.Skill.Id).ToList();
            score = score.Plus(ExtractionScore.OfSentence(ranked, gold));
        }

        return new ExtractionEvaluation(score, withoutKnown, unmapped);
    }

    private HashSet<string> MapLabels(LabelledSentence sentence, SortedDictionary<string, int> unmapped)
    {
        var gold = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in sentence.Labels.Where(l => l != LabelledSentence.NotPresent))
        {
            if (taxonomy.FindByLabel(label) is { IsGroup: false } skill)
                gold.Add(skill.Id);
            else
                unmapped[label] = unmapped.GetValueOrDefault(label) + 1;
        }

        return gold;
    }
}
