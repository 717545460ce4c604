using SkillShare.Core.Skills;

namespace SkillShare.Core.Matching.Retrieval;

/// <summary>
/// How well one taxonomy skill stands in for another: 1 for the same skill (synonyms share an id),
/// less for a narrower skill (more specific than asked) and less again for a broader one, fading
/// with each step up or down the hierarchy; two steps at most.
/// </summary>
public sealed class SkillRelations
{
    /// <summary>Weight of a skill one step narrower than the one asked for; squared for two steps.</summary>
    public const double NarrowerWeight = 0.8;

    /// <summary>Weight of a skill one step broader than the one asked for; squared for two steps.</summary>
    public const double BroaderWeight = 0.5;

    private const int MaxSteps = 2;

    private readonly SkillTaxonomy _taxonomy;
    private readonly Dictionary<string, List<string>> _narrower = new(StringComparer.Ordinal);

    public SkillRelations(SkillTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
        foreach (var skill in taxonomy.All)
        {
            foreach (var parent in skill.Broader)
            {
                if (!_narrower.TryGetValue(parent, out var children))
                    _narrower[parent] = children = [];
                children.Add(skill.Id);
            }
        }
    }

    /// <summary>The skills that count for <paramref name="skillId"/>, each with its weight.</summary>
    public IReadOnlyDictionary<string, double> Expand(string skillId)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal) { [skillId] = 1.0 };
        Walk(skillId, NarrowerWeight, id => _narrower.GetValueOrDefault(id) ?? [], weights);
        Walk(skillId, BroaderWeight, id => _taxonomy.FindById(id)?.Broader ?? [], weights);
        return weights;
    }

    private static void Walk(
        string start, double stepWeight, Func<string, IReadOnlyList<string>> next, Dictionary<string, double> weights)
    {
        var frontier = new List<string> { start };
        var weight = 1.0;
        for (var step = 0; step < MaxSteps && frontier.Count > 0; step++)
        {
            weight *= stepWeight;
            var following = new List<string>();
            foreach (var id in frontier.SelectMany(next))
            {
                if (weights.TryGetValue(id, out var existing) && existing >= weight)
                    continue;
                weights[id] = weight;
                following.Add(id);
            }

            frontier = following;
        }
    }
}
