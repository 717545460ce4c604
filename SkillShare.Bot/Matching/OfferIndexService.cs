using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;

namespace SkillShare.Bot.Matching;

/// <summary>
/// The process's offer index: built from the store's published offers on first use, then kept
/// current after every commit that changes offers or the members behind them.
/// </summary>
internal sealed class OfferIndexService(SkillNormalizer skills, IPostStore posts, IMemberStore members)
{
    private readonly Lazy<OfferIndex> _index = new(() => Build(skills.Taxonomy, posts, members));

    public OfferIndex Index => _index.Value;

    /// <summary>Puts the stored version of these offers in the index (or takes them out).</summary>
    public void Refresh(IEnumerable<SkillOffer> offers)
    {
        foreach (var offer in offers)
        {
            if (Entry(offer, members) is { } entry)
                Index.Upsert(entry);
            else
                Index.Remove(offer.Id);
        }
    }

    /// <summary>Re-indexes the published offers of members whose profile changed.</summary>
    public void RefreshMembers(IEnumerable<Member> changed)
    {
        foreach (var member in changed)
            Refresh(posts.OffersOf(member.Id).Where(o => o.Status == PostStatus.Published));
    }

    /// <summary>The index entry of an offer, or null when its author is gone.</summary>
    public static OfferEntry? Entry(SkillOffer offer, IMemberStore members, Member? known = null)
    {
        var author = known?.Id == offer.MemberId ? known : members.FindById(offer.MemberId);
        return author is null ? null : new OfferEntry(offer, MatchParty.From(author));
    }

    private static OfferIndex Build(SkillTaxonomy taxonomy, IPostStore posts, IMemberStore members)
    {
        var index = new OfferIndex(taxonomy);
        foreach (var offer in posts.PublishedOffers())
        {
            if (Entry(offer, members) is { } entry)
                index.Upsert(entry);
        }

        return index;
    }
}
