using System.Buffers;
using SkillShare.Core.Skills;

namespace SkillShare.Core.Matching.Retrieval;

public sealed partial class OfferIndex
{
    private RequestQuery Prepare(RequestEntry entry, DateTimeOffset now)
    {
        var request = entry.Request;
        var required = request.RequiredSkills.DistinctBy(SkillKey, StringComparer.Ordinal).ToList();
        var (weights, expanded) = SkillWeights(required);
        var (terms, idf) = QueryTerms(request);
        return new RequestQuery
        {
            Entry = entry,
            RequiredCount = required.Count,
            SkillWeights = weights,
            OrdinalCount = _skillOrdinals.Count,
            ExpandedOrdinals = expanded,
            Terms = terms,
            TermIdf = idf,
            MaxTextRelevance = PairFeatures.TextRelevance(idf.Sum() * (PairFeatures.K1 + 1)) + 1e-9,
            AverageLength = _slotByOfferId.Count == 0 ? 1 : Math.Max(1.0, (double)_totalLength / _slotByOfferId.Count),
            ZoneOffsets = ZoneOffsetsAt(now),
            ClientOffset = ClientOffsetAt(entry.Client.TimeZoneId, now),
            Place = request.Place is null ? -1 : _placeIds.GetValueOrDefault(SkillTaxonomy.LabelKey(request.Place), -2),
            Now = now,
            RequestRecency = PairFeatures.Recency(now, request.UpdatedAt),
            ClientReputation = PairFeatures.Unit(entry.Client.Reputation),
            ClientResponseRate = PairFeatures.Unit(entry.Client.ResponseRate),
            ClientMember = _memberIds.GetValueOrDefault(entry.Client.MemberId, -1),
            BudgetCurrency = _currencyIds.GetValueOrDefault(request.BudgetMax.CurrencyCode ?? "", -1),
        };
    }

    /// <summary>
    /// Every known zone's UTC offset in hours at <paramref name="now"/>; kept while the instant and the
    /// zones stay the same, since a sweep prepares many requests at one instant. Read only by queries.
    /// </summary>
    private double[] ZoneOffsetsAt(DateTimeOffset now)
    {
        if (_zoneOffsets is { } cached && _zoneOffsetsAt == now && cached.Length == _zones.Count)
            return cached;
        _zoneOffsetsAt = now;
        return _zoneOffsets = [.. _zones.Select(z => z.GetUtcOffset(now).TotalHours)];
    }

    private double ClientOffsetAt(string timeZoneId, DateTimeOffset now) =>
        _zoneIds.TryGetValue(timeZoneId, out var zone)
            ? ZoneOffsetsAt(now)[zone]
            : FindZone(timeZoneId).GetUtcOffset(now).TotalHours;

    /// <summary>Per required skill, the weight of each skill ordinal (pooled array), and every ordinal used.</summary>
    private (float[] Weights, int[] Expanded) SkillWeights(List<SkillRef> required)
    {
        var ordinalCount = _skillOrdinals.Count;
        var weights = ArrayPool<float>.Shared.Rent(Math.Max(1, required.Count * ordinalCount));
        Array.Clear(weights);
        var expanded = new HashSet<int>();
        for (var r = 0; r < required.Count; r++)
        {
            foreach (var (ordinal, weight) in Expand(required[r]))
            {
                weights[(r * ordinalCount) + ordinal] = (float)weight;
                expanded.Add(ordinal);
            }
        }

        return (weights, [.. expanded.Order()]);
    }

    private IEnumerable<(int Ordinal, double Weight)> Expand(SkillRef skill)
    {
        if (skill.SkillId is null)
        {
            return _skillOrdinals.TryGetValue(SkillKey(skill), out var own) ? [(own, 1.0)] : [];
        }

        return _relations.Expand(skill.SkillId)
            .Where(pair => _skillOrdinals.ContainsKey(pair.Key))
            .Select(pair => (_skillOrdinals[pair.Key], pair.Value));
    }

    /// <summary>The request's distinct terms that some offer has, in first-seen order, with BM25 idf.</summary>
    private (int[] Terms, double[] Idf) QueryTerms(Posts.TalentRequest request)
    {
        var total = (double)_slotByOfferId.Count;
        var terms = new List<int>();
        var idf = new List<double>();
        foreach (var token in TextTokenizer.Tokenize(RequestText(request)).Distinct(StringComparer.Ordinal))
        {
            if (!_termIds.TryGetValue(token, out var term) || _termPostings[term].Count == 0)
                continue;
            var df = _termPostings[term].Count;
            terms.Add(term);
            idf.Add(Math.Log(1 + ((total - df + 0.5) / (df + 0.5))));
        }

        return ([.. terms], [.. idf]);
    }
}
