namespace SkillShare.Core.Skills.Extraction;

/// <summary>
/// Finds the taxonomy skills a free text (a request or an offer) asks for, ranked by score.
/// Built once per taxonomy (it indexes every label and description), then safe to share across threads.
/// </summary>
public sealed class SkillExtractor
{
    private readonly SkillExtractorOptions _options;
    private readonly List<Skill> _skills;
    private readonly LabelIndex _labels;
    private readonly DescriptionIndex? _descriptions;
    private readonly int[][] _broader;

    public SkillExtractor(SkillTaxonomy taxonomy, SkillExtractorOptions? options = null)
    {
        _options = options ?? new SkillExtractorOptions();
        _skills = taxonomy.All.Where(s => !s.IsGroup).ToList();
        _labels = new LabelIndex(_skills, _options);
        _descriptions = _options.DescriptionWeight > 0 ? new DescriptionIndex(_skills, _options.Stem) : null;
        _broader = BroaderIndices(_skills);
    }

    /// <summary>The skills the text names, best first, at most <paramref name="maxResults"/>.</summary>
    public IReadOnlyList<SkillMatch> Extract(string text, int maxResults = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);

        var scores = Score(text);
        return scores.OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key)
            .Take(maxResults)
            .Select(p => new SkillMatch(_skills[p.Key], p.Value))
            .ToList();
    }

    private Dictionary<int, double> Score(string text)
    {
        var terms = SkillTokenizer.Tokenize(text, _options.Stem);
        var scores = new Dictionary<int, double>();
        _labels.Score(terms, scores);
        _descriptions?.Score(terms, _options.DescriptionWeight, scores);
        return _options.HierarchyWeight > 0 ? AddBroaderScores(scores) : scores;
    }

    private Dictionary<int, double> AddBroaderScores(Dictionary<int, double> scores)
    {
        var result = new Dictionary<int, double>(scores);
        foreach (var (skill, score) in scores)
        {
            var inherited = _broader[skill].Select(b => scores.GetValueOrDefault(b)).DefaultIfEmpty().Max();
            result[skill] = score + (_options.HierarchyWeight * inherited);
        }

        return result;
    }

    private static int[][] BroaderIndices(List<Skill> skills)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < skills.Count; i++)
            index[skills[i].Id] = i;

        return skills.Select(s => s.Broader.Where(index.ContainsKey).Select(b => index[b]).ToArray()).ToArray();
    }
}
