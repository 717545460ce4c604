using SkillShare.Core.Skills;

namespace SkillShare.Core.Matching.Retrieval;

/// <summary>
/// The offers open for matching, indexed by skill (with the taxonomy's broader and narrower skills)
/// and by text term, so a request is scored against the offers that could pass its filters instead
/// of against every offer. Kept current with <see cref="Upsert"/> and <see cref="Remove"/>.
/// </summary>
/// <remarks>Calls are serialised by one lock: updates and queries never interleave.</remarks>
public sealed partial class OfferIndex(SkillTaxonomy taxonomy)
{
    private readonly Lock _gate = new();
    private readonly SkillRelations _relations = new(taxonomy);
    private readonly Dictionary<string, int> _skillOrdinals = new(StringComparer.Ordinal);
    private readonly List<List<int>> _skillPostings = [];
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<List<int>> _termPostings = [];
    private readonly Dictionary<string, int> _zoneIds = new(StringComparer.Ordinal);
    private readonly List<TimeZoneInfo> _zones = [];
    private readonly Dictionary<string, int> _placeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _memberIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _currencyIds = new(StringComparer.Ordinal);
    private readonly List<IndexedOffer?> _slots = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly Dictionary<string, int> _slotByOfferId = new(StringComparer.Ordinal);
    private long _totalLength;
    private double[]? _zoneOffsets;
    private DateTimeOffset _zoneOffsetsAt;

    /// <summary>How many offers the index holds.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _slotByOfferId.Count;
        }
    }

    /// <summary>
    /// Adds an offer, or replaces the indexed version of an offer with the same id; an offer that is
    /// not published is taken out instead.
    /// </summary>
    public void Upsert(OfferEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            RemoveUnlocked(entry.Offer.Id);
            if (entry.Offer.Status != Posts.PostStatus.Published)
                return;
            var slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : AppendSlot();
            var offer = Build(slot, entry);
            _slots[slot] = offer;
            _slotByOfferId[entry.Offer.Id] = slot;
            _totalLength += offer.Length;
            foreach (var ordinal in offer.Skills)
                _skillPostings[ordinal].Add(slot);
            foreach (var term in offer.Terms)
                _termPostings[term].Add(slot);
        }
    }

    /// <summary>Takes an offer out of matching; false when it was not indexed.</summary>
    public bool Remove(string offerId)
    {
        lock (_gate)
            return RemoveUnlocked(offerId);
    }

    private bool RemoveUnlocked(string offerId)
    {
        if (!_slotByOfferId.Remove(offerId, out var slot))
            return false;
        var offer = _slots[slot]!;
        foreach (var ordinal in offer.Skills)
            _skillPostings[ordinal].Remove(slot);
        foreach (var term in offer.Terms)
            _termPostings[term].Remove(slot);
        _totalLength -= offer.Length;
        _slots[slot] = null;
        _freeSlots.Push(slot);
        return true;
    }

    private int AppendSlot()
    {
        _slots.Add(null);
        return _slots.Count - 1;
    }

    private IndexedOffer Build(int slot, OfferEntry entry)
    {
        var offer = entry.Offer;
        var freelancer = entry.Freelancer;
        var skills = offer.Skills.Select(s => Intern(_skillOrdinals, SkillKey(s), _skillPostings)).Distinct();
        var tokens = TextTokenizer.Tokenize(OfferText(offer));
        var counts = tokens.GroupBy(t => Intern(_termIds, t, _termPostings)).OrderBy(g => g.Key).ToList();
        return new IndexedOffer
        {
            Slot = slot,
            Entry = entry,
            Skills = [.. skills],
            Terms = [.. counts.Select(g => g.Key)],
            TermCounts = [.. counts.Select(g => g.Count())],
            Length = tokens.Count,
            Zone = ZoneOrdinal(freelancer.TimeZoneId),
            Place = offer.Place is null ? -1 : Intern(_placeIds, SkillTaxonomy.LabelKey(offer.Place)),
            Member = Intern(_memberIds, freelancer.MemberId),
            Currency = Intern(_currencyIds, offer.HourlyRate.CurrencyCode ?? ""),
            RateMinor = offer.HourlyRate.MinorUnits,
            HoursPerWeek = offer.HoursPerWeek,
            Mode = offer.Mode,
            IsVerified = freelancer.IsVerified,
            IsPaused = freelancer.IsPaused,
            Hours = freelancer.Hours,
            Reputation = freelancer.Reputation,
            ResponseRate = freelancer.ResponseRate,
            UpdatedAt = offer.UpdatedAt,
        };
    }

    private int ZoneOrdinal(string timeZoneId)
    {
        if (_zoneIds.TryGetValue(timeZoneId, out var ordinal))
            return ordinal;
        _zones.Add(FindZone(timeZoneId));
        return _zoneIds[timeZoneId] = _zones.Count - 1;
    }

    private static TimeZoneInfo FindZone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    private static int Intern(Dictionary<string, int> ids, string key, List<List<int>>? postings = null)
    {
        if (ids.TryGetValue(key, out var id))
            return id;
        postings?.Add([]);
        return ids[key] = ids.Count;
    }

    /// <summary>A known skill by its id; an unknown one by its label key, so equal words still meet.</summary>
    private static string SkillKey(SkillRef skill) => skill.SkillId ?? "~" + SkillTaxonomy.LabelKey(skill.Label);

    private static string OfferText(Posts.SkillOffer offer) =>
        string.Join(' ', [offer.Title, offer.Description, .. offer.Skills.Select(s => s.Label)]);

    private static string RequestText(Posts.TalentRequest request) =>
        string.Join(' ', [request.Title, request.Description, .. request.RequiredSkills.Select(s => s.Label)]);
}
