namespace SkillShare.Core.Skills.Extraction;

/// <summary>
/// An inverted index over skill labels. A label scores the IDF of its terms found in the text,
/// times the covered share of its IDF to a power, with a bonus for words found in the label's order;
/// a skill takes its best label's score.
/// </summary>
internal sealed class LabelIndex
{
    private readonly SkillExtractorOptions _options;
    private readonly TermVocabulary _vocabulary = new();
    private readonly List<int> _labelSkill = [];
    private readonly List<int[]> _labelTerms = [];
    private readonly List<double> _labelWeight = [];
    private readonly double[] _labelIdf;
    private readonly double[] _idf;
    private readonly int[][] _postings;

    public LabelIndex(IReadOnlyList<Skill> skills, SkillExtractorOptions options)
    {
        _options = options;
        for (var s = 0; s < skills.Count; s++)
        {
            AddLabel(s, skills[s].PreferredLabel, 1);
            if (!options.UseAltLabels)
                continue;

            foreach (var label in skills[s].AltLabels)
                AddLabel(s, label, options.AltLabelWeight);
        }

        _idf = ComputeIdf(skills.Count);
        _labelIdf = _labelTerms.Select(t => t.Distinct().Sum(term => _idf[term])).ToArray();
        _postings = BuildPostings();
    }

    public int LabelCount => _labelSkill.Count;

    /// <summary>Sets each skill's score to its best label's; <paramref name="matched"/> is scratch space.</summary>
    public void Score(IReadOnlyList<string> queryTerms, SparseScores matched, SparseScores skillScores)
    {
        var ids = _vocabulary.Find(queryTerms);
        AddMatchedIdf(ids, matched);
        var bigrams = Bigrams(ids);
        foreach (var label in matched.Items)
            skillScores.Max(_labelSkill[label], LabelScore(label, matched[label], bigrams));

        matched.Clear();
    }

    private void AddLabel(int skill, string label, double weight)
    {
        var terms = SkillTokenizer.Tokenize(label, _options.Stem);
        if (terms.Count == 0)
            return;

        _labelSkill.Add(skill);
        _labelWeight.Add(weight);
        _labelTerms.Add(terms.Select(_vocabulary.Add).ToArray());
    }

    private double[] ComputeIdf(int skillCount)
    {
        var documentFrequency = new int[_vocabulary.Count];
        var seen = new HashSet<(int Skill, int Term)>();
        for (var label = 0; label < _labelTerms.Count; label++)
        {
            foreach (var term in _labelTerms[label])
            {
                if (seen.Add((_labelSkill[label], term)))
                    documentFrequency[term]++;
            }
        }

        return documentFrequency.Select(df => Bm25Idf(skillCount, df)).ToArray();
    }

    private int[][] BuildPostings()
    {
        var postings = Enumerable.Range(0, _vocabulary.Count).Select(_ => new List<int>()).ToArray();
        for (var label = 0; label < _labelTerms.Count; label++)
        {
            foreach (var term in _labelTerms[label].Distinct())
                postings[term].Add(label);
        }

        return postings.Select(p => p.ToArray()).ToArray();
    }

    private void AddMatchedIdf(int[] queryIds, SparseScores matched)
    {
        foreach (var term in queryIds.Where(id => id >= 0).Distinct())
        {
            foreach (var label in _postings[term])
                matched.Add(label, _idf[term]);
        }
    }

    private double LabelScore(int label, double matchedIdf, HashSet<long> queryBigrams)
    {
        var coverage = matchedIdf / _labelIdf[label];
        var exponent = _options.CoverageExponent;
        var power = exponent == 2 ? coverage * coverage : Math.Pow(coverage, exponent);
        var score = _labelWeight[label] * matchedIdf * power;
        var terms = _labelTerms[label];
        if (_options.PhraseBonus <= 0 || terms.Length < 2)
            return score;

        var inOrder = 0;
        for (var i = 1; i < terms.Length; i++)
        {
            if (queryBigrams.Contains(Bigram(terms[i - 1], terms[i])))
                inOrder++;
        }

        return score * (1 + (_options.PhraseBonus * inOrder / (terms.Length - 1)));
    }

    private static HashSet<long> Bigrams(int[] ids)
    {
        var bigrams = new HashSet<long>();
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i - 1] >= 0 && ids[i] >= 0)
                bigrams.Add(Bigram(ids[i - 1], ids[i]));
        }

        return bigrams;
    }

    private static long Bigram(int first, int second) => ((long)first << 32) | (uint)second;

    internal static double Bm25Idf(int documents, int documentFrequency) =>
        Math.Log(1 + ((documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
