using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Storage;

public sealed partial class LiteDbStore
{
    public Member? FindById(string memberId) => Members.FindById(memberId);

    public Member? FindByIdentity(ChannelIdentity identity)
    {
        var link = _db.GetCollection<IdentityLink>(Collections.Identities).FindById(identity.Key);
        return link is null ? null : Members.FindById(link.MemberId);
    }

    public Member? FindByPhoneHash(string phoneHash) => Members.FindOne(m => m.PhoneHash == phoneHash);

    public SkillOffer? FindOffer(string offerId) => Offers.FindById(offerId);

    public TalentRequest? FindRequest(string requestId) => Requests.FindById(requestId);

    public IReadOnlyList<SkillOffer> OffersOf(string memberId) =>
        Offers.Find(o => o.MemberId == memberId && o.Status != PostStatus.Deleted)
            .OrderByDescending(o => o.CreatedAt).ToList();

    public IReadOnlyList<TalentRequest> RequestsOf(string memberId) =>
        Requests.Find(r => r.MemberId == memberId && r.Status != PostStatus.Deleted)
            .OrderByDescending(r => r.CreatedAt).ToList();

    public IReadOnlyList<SkillOffer> PublishedOffers() => Offers.Find(o => o.Status == PostStatus.Published).ToList();

    public IReadOnlyList<TalentRequest> PublishedRequests() =>
        Requests.Find(r => r.Status == PostStatus.Published).ToList();
}
