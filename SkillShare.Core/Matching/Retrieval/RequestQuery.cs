using SkillShare.Core.Posts;

namespace SkillShare.Core.Matching.Retrieval;

/// <summary>A request prepared against the index's current state at one instant.</summary>
internal sealed class RequestQuery
{
    public required RequestEntry Entry { get; init; }

    /// <summary>How many skills the request lists, counting ones no offer has.</summary>
    public required int RequiredCount { get; init; }

    /// <summary>Per listed skill, the weight of each skill ordinal: [skill * OrdinalCount + ordinal].</summary>
    public required float[] SkillWeights { get; init; }

    public required int OrdinalCount { get; init; }

    /// <summary>Every skill ordinal with a weight above zero, for candidate retrieval.</summary>
    public required int[] ExpandedOrdinals { get; init; }

    public required int[] Terms { get; init; }

    public required double[] TermIdf { get; init; }

    public required double AverageLength { get; init; }

    /// <summary>A text relevance no offer can reach: every query term's BM25 ceiling, idf × (k1 + 1).</summary>
    public required double MaxTextRelevance { get; init; }

    /// <summary>UTC offset in hours of every zone the index knows, at the scoring instant.</summary>
    public required double[] ZoneOffsets { get; init; }

    public required double ClientOffset { get; init; }

    /// <summary>The request's place ordinal; -1 for none, -2 for a place no offer names.</summary>
    public required int Place { get; init; }

    public required DateTimeOffset Now { get; init; }

    /// <summary>The request's recency at <see cref="Now"/>, the same for every offer.</summary>
    public required double RequestRecency { get; init; }

    /// <summary>The client's reputation as a feature value (0..1, neutral when unknown).</summary>
    public required double ClientReputation { get; init; }

    /// <summary>The client's response rate as a feature value (0..1, neutral when unknown).</summary>
    public required double ClientResponseRate { get; init; }

    /// <summary>The client's member ordinal in the index, or -1 when they have no offer.</summary>
    public required int ClientMember { get; init; }

    /// <summary>The budget's currency ordinal in the index, or -1 when no offer uses it.</summary>
    public required int BudgetCurrency { get; init; }

    public TalentRequest Request => Entry.Request;

    public MatchParty Client => Entry.Client;

    public float WeightOf(int requiredIndex, int ordinal) => SkillWeights[(requiredIndex * OrdinalCount) + ordinal];
}
