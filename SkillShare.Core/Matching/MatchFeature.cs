namespace SkillShare.Core.Matching;

/// <summary>One input of the match score; the Bot layer turns each into words for "why this match".</summary>
public enum MatchFeature
{
    /// <summary>Share of the request's skills the offer covers (exact 1, narrower or broader less).</summary>
    SkillOverlap,

    /// <summary>BM25 relevance of the request's text to the offer's, squashed to 0..1.</summary>
    TextRelevance,

    /// <summary>How far below the budget ceiling the rate sits: 1 at or under the floor, 0 at the ceiling.</summary>
    BudgetFit,

    /// <summary>Share of the requested weekly hours the freelancer offers, at most 1.</summary>
    HoursFit,

    /// <summary>Time-zone offset difference at the scoring instant, in hours divided by 12.</summary>
    TimeZoneDistance,

    FreelancerReputation,

    FreelancerResponseRate,

    ClientReputation,

    ClientResponseRate,

    /// <summary>Freshness of the offer: 1 when just updated, halving every 30 days.</summary>
    OfferRecency,

    /// <summary>Freshness of the request: 1 when just updated, halving every 30 days.</summary>
    RequestRecency,
}
