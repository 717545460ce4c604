namespace SkillShare.Core.Posts;

/// <summary>Reads skill offers and talent requests; writes go through a turn's changes.</summary>
public interface IPostStore
{
    SkillOffer? FindOffer(string offerId);

    TalentRequest? FindRequest(string requestId);

    /// <summary>A member's offers, newest first, without deleted ones.</summary>
    IReadOnlyList<SkillOffer> OffersOf(string memberId);

    /// <summary>A member's requests, newest first, without deleted ones.</summary>
    IReadOnlyList<TalentRequest> RequestsOf(string memberId);

    IReadOnlyList<SkillOffer> PublishedOffers();

    IReadOnlyList<TalentRequest> PublishedRequests();
}
