using System.Collections.Concurrent;

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
    private readonly ConcurrentBag<(SparseScores Labels, SparseScores Skills)> _buffers = [];

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

        var buffers = Rent();
        try
        {
            Score(text, buffers.Labels, buffers.Skills);
            return TopMatches(buffers.Skills, maxResults);
        }
        finally
        {
            buffers.Skills.Clear();
            _buffers.Add(buffers);
        }
    }

    private (SparseScores Labels, SparseScores Skills) Rent() =>
        _buffers.TryTake(out var buffers)
            ? buffers
            : (new SparseScores(_labels.LabelCount), new SparseScores(_skills.Count));

    private void Score(string text, SparseScores labels, SparseScores skills)
    {
        var terms = SkillTokenizer.Tokenize(text, _options.Stem, _options.DropBoilerplate);
        _labels.Score(terms, labels, skills);
        _descriptions?.Score(terms, _options.DescriptionWeight, skills);
        if (_options.HierarchyWeight > 0)
            AddBroaderScores(skills);
    }

    private List<SkillMatch> TopMatches(SparseScores scores, int maxResults)
    {
        var order = Comparer<(double Score, int Skill)>.Create((a, b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Skill.CompareTo(a.Skill));
        var top = new PriorityQueue<int, (double, int)>(order);
        foreach (var skill in scores.Items)
        {
            top.Enqueue(skill, (scores[skill], skill));
            if (top.Count > maxResults)
                top.Dequeue();
        }

        var matches = new List<SkillMatch>(top.Count);
        while (top.TryDequeue(out var skill, out var key))
            matches.Add(new SkillMatch(_skills[skill], key.Item1));

        matches.Reverse();
        return matches;
    }

    private void AddBroaderScores(SparseScores scores)
    {
        var inherited = scores.Items
            .Select(skill => (skill, _broader[skill].Select(b => scores[b]).DefaultIfEmpty().Max()))
            .ToList();
        foreach (var (skill, score) in inherited)
            scores.Add(skill, _options.HierarchyWeight * score);
    }

    private static int[][] BroaderIndices(List<Skill> skills)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < skills.Count; i++)
            index[skills[i].Id] = i;

        return skills.Select(s => s.Broader.Where(index.ContainsKey).Select(b => index[b]).ToArray()).ToArray();
    }
}
