using System.Buffers;
using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Core.Matching.Retrieval;

public sealed partial class OfferIndex
{
    /// <summary>
    /// The k offers with the highest P(match) for a request, best first (ties by index position),
    /// each passing the hard filters. Only offers sharing a skill (or, for a request without skills,
    /// a term) are looked at; the filters would reject every other offer.
    /// </summary>
    public IReadOnlyList<MatchResult> TopMatches(
        RequestEntry request, ReciprocalModel model, DateTimeOffset now, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        lock (_gate)
        {
            var query = Prepare(request, now);
            try
            {
                return [.. Rank(query, model, k).Select(b => Materialise(query, model, b.Slot))];
            }
            finally
            {
                ArrayPool<float>.Shared.Return(query.SkillWeights);
            }
        }
    }

    /// <summary>
    /// The same k offers as <see cref="TopMatches"/> with their P(match) only: no features or reasons
    /// are built, for the sweep, which explains only the pairs it assigns.
    /// </summary>
    public IReadOnlyList<MatchCandidate> TopCandidates(
        RequestEntry request, ReciprocalModel model, DateTimeOffset now, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        lock (_gate)
        {
            var query = Prepare(request, now);
            try
            {
                return [.. Rank(query, model, k)
                    .Select(b => new MatchCandidate(_slots[b.Slot]!.OfferId, _slots[b.Slot]!.MemberId, b.Score))];
            }
            finally
            {
                ArrayPool<float>.Shared.Return(query.SkillWeights);
            }
        }
    }

    /// <summary>
    /// The same ranking as <see cref="TopMatches"/> the naive way, for checks and benchmarks: every
    /// offer is filtered and fully scored, then all passing offers are sorted.
    /// </summary>
    public IReadOnlyList<MatchResult> ScanTopMatches(
        RequestEntry request, ReciprocalModel model, DateTimeOffset now, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        lock (_gate)
        {
            var query = Prepare(request, now);
            try
            {
                var scored = new List<(double Score, int Slot)>();
                foreach (var offer in _slots)
                {
                    if (offer is null)
                        continue;
                    var overlap = PairFeatures.SkillOverlap(query, offer);
                    if (Score(query, offer, model, Unbounded(query), overlap, out var p) == FilterReason.None)
                        scored.Add((p, offer.Slot));
                }

                return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Slot).Take(k)
                    .Select(s => Materialise(query, model, s.Slot))];
            }
            finally
            {
                ArrayPool<float>.Shared.Return(query.SkillWeights);
            }
        }
    }

    /// <summary>Evaluates one request against one indexed offer: why it is filtered, or its match.</summary>
    public PairEvaluation Evaluate(RequestEntry request, string offerId, ReciprocalModel model, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        lock (_gate)
        {
            if (!_slotByOfferId.TryGetValue(offerId, out var slot))
                return new PairEvaluation(FilterReason.NotPublished, null);
            var query = Prepare(request, now);
            try
            {
                var offer = _slots[slot]!;
                var overlap = PairFeatures.SkillOverlap(query, offer);
                var reason = Score(query, offer, model, Unbounded(query), overlap, out _);
                return new PairEvaluation(
                    reason, reason == FilterReason.None ? Materialise(query, model, slot) : null);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(query.SkillWeights);
            }
        }
    }

    /// <summary>
    /// Scores candidates group by group, highest skill overlap first, and skips a whole group when
    /// even the most favourable values of its other features could not enter the top k.
    /// </summary>
    private List<(double Score, int Slot)> Rank(RequestQuery query, ReciprocalModel model, int k)
    {
        var heap = new PriorityQueue<int, (double Score, int Slot)>(k + 1, WorstFirst.Instance);
        var groups = new List<(double Overlap, int End)>();
        var ordered = GroupCandidates(query, groups);
        var textBounds = TextBounds(query);
        var start = 0;
        foreach (var (overlap, end) in groups)
        {
            var full = heap.TryPeek(out _, out var worst) && heap.Count == k;
            if (!full || ScoreBounds.Best(query, model, overlap) >= worst.Score)
            {
                for (var i = start; i < end; i++)
                    Offer(query, model, heap, k, ordered[i], (overlap, textBounds[ordered[i]]));
            }

            start = end;
        }

        ArrayPool<int>.Shared.Return(ordered);
        ArrayPool<double>.Shared.Return(textBounds);
        var best = new List<(double Score, int Slot)>(heap.Count);
        while (heap.TryDequeue(out var slot, out var priority))
            best.Add(priority);
        best.Reverse();
        return best;
    }

    private void Offer(
        RequestQuery query, ReciprocalModel model, PriorityQueue<int, (double Score, int Slot)> heap, int k, int slot,
        (double Overlap, double TextBound) known)
    {
        var full = heap.TryPeek(out _, out var worst) && heap.Count == k;
        var maxText = PairFeatures.TextRelevance(known.TextBound) + 1e-9;
        var reason = Score(query, _slots[slot]!, model, (full ? worst.Score : -1, maxText), known.Overlap, out var p);
        if (reason != FilterReason.None || p < 0)
            return;
        if (!full)
            heap.Enqueue(slot, (p, slot));
        else if (WorstFirst.Instance.Compare((p, slot), worst) > 0)
            heap.EnqueueDequeue(slot, (p, slot));
    }

    /// <summary>
    /// Filters and scores one offer; p is −1 when the offer provably scores below the threshold
    /// (an upper bound over every text relevance up to the bound's MaxText says so), which skips the
    /// working-hours filter and the BM25 work: an offer that cannot enter the top k needs neither.
    /// </summary>
    private static FilterReason Score(
        RequestQuery query, IndexedOffer offer, ReciprocalModel model, (double Threshold, double MaxText) bound,
        double overlap, out double p)
    {
        var threshold = bound.Threshold;
        p = -1;
        var bm25 = query.RequiredCount == 0 ? PairFeatures.Bm25(query, offer) : 0;
        var reason = PairFeatures.FilterCheap(query, offer, overlap, bm25);
        if (reason != FilterReason.None)
            return reason;

        Span<double> x = stackalloc double[FeatureVector.Count];
        PairFeatures.Compute(query, offer, overlap, bm25, x);
        if (query.RequiredCount > 0 && threshold >= 0
            && model.UpperBound(x, MatchFeature.TextRelevance, 0, bound.MaxText) < threshold)
            return FilterReason.None;
        reason = PairFeatures.FilterHours(query, offer);
        if (reason != FilterReason.None)
            return reason;
        if (query.RequiredCount > 0)
            x[(int)MatchFeature.TextRelevance] = PairFeatures.TextRelevance(PairFeatures.Bm25(query, offer));

        p = model.Score(x).Match;
        return FilterReason.None;
    }

    /// <summary>No threshold: the offer is always filtered and scored in full.</summary>
    private static (double Threshold, double MaxText) Unbounded(RequestQuery query) => (-1, query.MaxTextRelevance);

    private MatchResult Materialise(RequestQuery query, ReciprocalModel model, int slot)
    {
        var offer = _slots[slot]!;
        Span<double> x = stackalloc double[FeatureVector.Count];
        var overlap = PairFeatures.SkillOverlap(query, offer);
        PairFeatures.Compute(query, offer, overlap, PairFeatures.Bm25(query, offer), x);
        var features = new FeatureVector(x);
        return new MatchResult(offer.OfferId, offer.MemberId, model.Score(x), features, model.Explain(features));
    }

    private sealed class WorstFirst : IComparer<(double Score, int Slot)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, int Slot) x, (double Score, int Slot) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Slot.CompareTo(x.Slot);
    }
}
