namespace SkillShare.Core.Skills.Extraction;

/// <summary>Maps terms to dense ids while an index is built; unknown terms in queries get -1.</summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    public int Add(string term)
    {
        if (_ids.TryGetValue(term, out var id))
            return id;

        id = _ids.Count;
        _ids[term] = id;
        return id;
    }

    public int Find(string term) => _ids.GetValueOrDefault(term, -1);

    public int[] Find(IEnumerable<string> terms) => terms.Select(Find).ToArray();
}
