using SkillShare.Core.Companies;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Core.Posts;

namespace SkillShare.Core.Conversations;

/// <summary>
/// Everything one turn of a conversation changes, committed together: after a crash either all
/// of it exists or none of it does.
/// </summary>
public sealed class TurnChanges
{
    /// <summary>The delivery (update id, activity id) this turn answers; kept so a duplicate is dropped.</summary>
    public string? DeliveryId { get; set; }

    public ConversationState? Conversation { get; set; }

    public List<Member> Members { get; } = [];

    public List<VerificationRecord> Verifications { get; } = [];

    public List<SkillOffer> Offers { get; } = [];

    public List<TalentRequest> Requests { get; } = [];

    public List<OutboxMessage> Notifications { get; } = [];

    /// <summary>Companies registered, joined or approved; the store merges them with what it holds.</summary>
    public List<Company> Companies { get; } = [];

    public List<Match> Matches { get; } = [];

    public void Save(Member member) => Replace(Members, member, m => m.Id == member.Id);

    public void Save(SkillOffer offer) => Replace(Offers, offer, o => o.Id == offer.Id);

    public void Save(TalentRequest request) => Replace(Requests, request, r => r.Id == request.Id);

    public void Save(Company company) => Replace(Companies, company, c => c.Id == company.Id);

    public void Save(Match match) => Replace(Matches, match, m => m.Id == match.Id);

    private static void Replace<T>(List<T> list, T item, Predicate<T> same)
    {
        list.RemoveAll(same);
        list.Add(item);
    }
}
