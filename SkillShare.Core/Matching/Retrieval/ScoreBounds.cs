using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Core.Matching.Retrieval;

/// <summary>
/// The best P(match) an offer with a given skill overlap could reach for a query: features fixed by
/// the request take their value, the offer's own features their most favourable value in 0..1.
/// </summary>
internal static class ScoreBounds
{
    public static double Best(RequestQuery query, ReciprocalModel model, double overlap)
    {
        Span<double> low = stackalloc double[FeatureVector.Count];
        Span<double> high = stackalloc double[FeatureVector.Count];
        low.Clear();
        high.Fill(1);
        Fix(low, high, MatchFeature.SkillOverlap, overlap);
        high[(int)MatchFeature.TextRelevance] = query.MaxTextRelevance;
        Fix(low, high, MatchFeature.ClientReputation, query.ClientReputation);
        Fix(low, high, MatchFeature.ClientResponseRate, query.ClientResponseRate);
        Fix(low, high, MatchFeature.RequestRecency, query.RequestRecency);
        return model.UpperBound(low, high);
    }

    private static void Fix(Span<double> low, Span<double> high, MatchFeature feature, double value)
    {
        low[(int)feature] = value;
        high[(int)feature] = value;
    }
}
