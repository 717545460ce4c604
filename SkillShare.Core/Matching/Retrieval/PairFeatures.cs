using SkillShare.Core.Posts;

namespace SkillShare.Core.Matching.Retrieval;

/// <summary>The hard filters and the feature values of one request–offer pair.</summary>
internal static class PairFeatures
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public const double B = 0.75;

    /// <summary>The BM25 score at which text relevance reads 0.5.</summary>
    public const double TextHalfScore = 10.0;

    /// <summary>Days in which recency halves.</summary>
    public const double RecencyHalfLifeDays = 30.0;

    public static FilterReason Filter(RequestQuery query, IndexedOffer offer, double skillOverlap, double text)
    {
        var reason = FilterCheap(query, offer, skillOverlap, text);
        return reason != FilterReason.None ? reason : FilterHours(query, offer);
    }

    /// <summary>Every hard filter but the working-hours one, in the order <see cref="Filter"/> reports them.</summary>
    public static FilterReason FilterCheap(RequestQuery query, IndexedOffer offer, double skillOverlap, double text)
    {
        var request = query.Request;
        if (request.Status != PostStatus.Published)
            return FilterReason.NotPublished;
        if (query.ClientMember == offer.Member)
            return FilterReason.SameMember;
        if (!query.Client.IsVerified || !offer.IsVerified)
            return FilterReason.Unverified;
        if (query.Client.IsPaused || offer.IsPaused)
            return FilterReason.Paused;
        if (query.RequiredCount > 0 ? skillOverlap <= 0 : text <= 0)
            return FilterReason.NoSharedSkill;
        return FilterBudgetPlace(query, offer);
    }

    /// <summary>The last hard filter, the costliest: working windows that never overlap.</summary>
    public static FilterReason FilterHours(RequestQuery query, IndexedOffer offer) =>
        HoursOverlap(query, offer) ? FilterReason.None : FilterReason.NoHoursOverlap;

    public static double SkillOverlap(RequestQuery query, IndexedOffer offer)
    {
        if (query.RequiredCount == 0)
            return 0;
        var total = 0.0;
        for (var r = 0; r < query.RequiredCount; r++)
        {
            var best = 0f;
            foreach (var ordinal in offer.Skills)
                best = Math.Max(best, query.WeightOf(r, ordinal));
            total += best;
        }

        return total / query.RequiredCount;
    }

    /// <summary>BM25 of the request's terms in the offer, summed in query-term order.</summary>
    public static double Bm25(RequestQuery query, IndexedOffer offer)
    {
        var score = 0.0;
        var norm = K1 * (1 - B + (B * offer.Length / query.AverageLength));
        for (var i = 0; i < query.Terms.Length; i++)
        {
            var tf = offer.CountOf(query.Terms[i]);
            if (tf > 0)
                score += query.TermIdf[i] * tf * (K1 + 1) / (tf + norm);
        }

        return score;
    }

    public static void Compute(RequestQuery query, IndexedOffer offer, double overlap, double bm25, Span<double> x)
    {
        var request = query.Request;
        x[(int)MatchFeature.SkillOverlap] = overlap;
        x[(int)MatchFeature.TextRelevance] = TextRelevance(bm25);
        x[(int)MatchFeature.BudgetFit] = BudgetFit(request, offer.RateMinor);
        x[(int)MatchFeature.HoursFit] = HoursFit(request.HoursPerWeek, offer.HoursPerWeek);
        x[(int)MatchFeature.TimeZoneDistance] = ZoneDistance(query.ClientOffset, query.ZoneOffsets[offer.Zone]);
        x[(int)MatchFeature.FreelancerReputation] = Unit(offer.Reputation);
        x[(int)MatchFeature.FreelancerResponseRate] = Unit(offer.ResponseRate);
        x[(int)MatchFeature.ClientReputation] = query.ClientReputation;
        x[(int)MatchFeature.ClientResponseRate] = query.ClientResponseRate;
        x[(int)MatchFeature.OfferRecency] = Recency(query.Now, offer.UpdatedAt);
        x[(int)MatchFeature.RequestRecency] = query.RequestRecency;
    }

    /// <summary>BM25 squashed to 0..1: half at <see cref="TextHalfScore"/>.</summary>
    public static double TextRelevance(double bm25) => bm25 / (bm25 + TextHalfScore);

    /// <summary>1 at or below the budget floor, falling linearly to 0 at the ceiling; 0.5 with no budget.</summary>
    public static double BudgetFit(TalentRequest request, long rate)
    {
        if (!HasBudget(request))
            return 0.5;
        var low = request.BudgetMin.MinorUnits;
        var high = request.BudgetMax.MinorUnits;
        if (rate <= low)
            return 1;
        return high <= low ? 0 : Math.Clamp((double)(high - rate) / (high - low), 0, 1);
    }

    public static double HoursFit(int requested, int offered) =>
        requested <= 0 || offered <= 0 ? 1 : Math.Min(1, (double)offered / requested);

    /// <summary>Offset difference in hours around the clock (never more than 12), divided by 12.</summary>
    public static double ZoneDistance(double offsetA, double offsetB)
    {
        var difference = Math.Abs(offsetA - offsetB) % 24;
        return Math.Min(difference, 24 - difference) / 12;
    }

    public static double Recency(DateTimeOffset now, DateTimeOffset updatedAt)
    {
        var days = Math.Max(0, (now.UtcTicks - updatedAt.UtcTicks) / (double)TimeSpan.TicksPerDay);
        return Math.Exp(-days * Math.Log(2) / RecencyHalfLifeDays);
    }

    private static FilterReason FilterBudgetPlace(RequestQuery query, IndexedOffer offer)
    {
        var request = query.Request;
        if (HasBudget(request))
        {
            if (query.BudgetCurrency != offer.Currency)
                return FilterReason.CurrencyMismatch;
            if (offer.RateMinor > request.BudgetMax.MinorUnits)
                return FilterReason.OverBudget;
        }

        var onSite = request.Mode == WorkMode.OnSite || offer.Mode == WorkMode.OnSite;
        if (onSite && (query.Place < 0 || query.Place != offer.Place))
            return FilterReason.PlaceMismatch;
        return FilterReason.None;
    }

    private static bool HoursOverlap(RequestQuery query, IndexedOffer offer)
    {
        if (query.Client.Hours is not { } clientHours || offer.Hours is not { } freelancerHours)
            return true;
        var shared = DailyHours.OverlapHours(
            clientHours, query.ClientOffset, freelancerHours, query.ZoneOffsets[offer.Zone]);
        return shared > 0;
    }

    private static bool HasBudget(TalentRequest request) =>
        request.BudgetMax.MinorUnits > 0 && request.BudgetMax.CurrencyCode is not null;

    public static double Unit(double value) => double.IsNaN(value) ? MatchParty.Neutral : Math.Clamp(value, 0, 1);
}
