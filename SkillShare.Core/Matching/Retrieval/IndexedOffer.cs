using SkillShare.Core.Posts;

namespace SkillShare.Core.Matching.Retrieval;

/// <summary>An offer in the compact form the index scores: ordinals instead of strings, terms sorted.</summary>
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

    public string OfferId => Entry.Offer.Id;

    public string MemberId => Entry.Freelancer.MemberId;

    public SkillOffer Offer => Entry.Offer;

    public MatchParty Freelancer => Entry.Freelancer;

    public int CountOf(int term)
    {
        var at = Array.BinarySearch(Terms, term);
        return at >= 0 ? TermCounts[at] : 0;
    }
}
