using SkillShare.Core.Posts;

namespace SkillShare.Core.Matching.Retrieval;

/// <summary>
/// An offer as the index scores it: a snapshot taken at upsert of every value the filters and
/// features read, as ordinals and numbers in one object, so scoring a candidate touches little memory.
/// </summary>
internal sealed class IndexedOffer
{
    public required int Slot { get; init; }

    public required OfferEntry Entry { get; init; }

    public required int[] Skills { get; init; }

    /// <summary>Distinct term ids, ascending, with their counts in <see cref="TermCounts"/>.</summary>
    public required int[] Terms { get; init; }

    public required int[] TermCounts { get; init; }

    public required int Length { get; init; }

    public required int Zone { get; init; }

    /// <summary>The place key ordinal, or -1 when the offer names no place.</summary>
    public required int Place { get; init; }

    public required int Member { get; init; }

    public required int Currency { get; init; }

    public required long RateMinor { get; init; }

    public required int HoursPerWeek { get; init; }

    public required WorkMode Mode { get; init; }

    public required bool IsVerified { get; init; }

    public required bool IsPaused { get; init; }

    public required DailyHours? Hours { get; init; }

    public required double Reputation { get; init; }

    public required double ResponseRate { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string OfferId => Entry.Offer.Id;

    public string MemberId => Entry.Freelancer.MemberId;

    public int CountOf(int term)
    {
        var at = Array.BinarySearch(Terms, term);
        return at >= 0 ? TermCounts[at] : 0;
    }
}
