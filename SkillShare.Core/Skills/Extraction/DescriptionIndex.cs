namespace SkillShare.Core.Skills.Extraction;

/// <summary>Okapi BM25 (k1 = 1.2, b = 0.75) over skill descriptions.</summary>
internal sealed class DescriptionIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly TermVocabulary _vocabulary = new();
    private readonly (int Skill, int Count)[][] _postings;
    private readonly double[] _idf;
    private readonly double[] _lengthNorm;

    public DescriptionIndex(IReadOnlyList<Skill> skills, bool stem)
    {
        var documents = skills
            .Select(s => SkillTokenizer.Tokenize(s.Description, stem).Select(_vocabulary.Add).ToArray())
            .ToList();
        var averageLength = Math.Max(1, documents.Average(d => d.Length));
        _lengthNorm = documents.Select(d => K1 * (1 - B + (B * d.Length / averageLength))).ToArray();

        var postings = Enumerable.Range(0, _vocabulary.Count).Select(_ => new List<(int, int)>()).ToArray();
        for (var skill = 0; skill < documents.Count; skill++)
        {
            foreach (var group in documents[skill].GroupBy(t => t))
                postings[group.Key].Add((skill, group.Count()));
        }

        _postings = postings.Select(p => p.ToArray()).ToArray();
        _idf = _postings.Select(p => LabelIndex.Bm25Idf(skills.Count, p.Length)).ToArray();
    }

    public void Score(IReadOnlyList<string> queryTerms, double weight, SparseScores skillScores)
    {
        foreach (var term in _vocabulary.Find(queryTerms).Where(id => id >= 0).Distinct())
        {
            foreach (var (skill, count) in _postings[term])
            {
                var score = _idf[term] * count * (K1 + 1) / (count + _lengthNorm[skill]);
                skillScores.Add(skill, weight * score);
            }
        }
    }
}
