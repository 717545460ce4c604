using SkillShare.Bot.Conversations;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>Finds a member's posts of one kind ("offer" or "request") and changes their status.</summary>
internal static class MemberPosts
{
    public const string Offers = "offer";
    public const string Requests = "request";

    /// <summary>The most posts the list shows, newest first.</summary>
    public const int MaxListed = 10;

    /// <summary>The member's posts as they stand after this turn's changes so far.</summary>
    public static IReadOnlyList<PostEntry> List(FlowContext context, string kind)
    {
        var memberId = context.RequireMember().Id;
        var posts = context.Services.Posts;
        var changes = context.Changes;
        var entries = kind == Offers
            ? posts.OffersOf(memberId).Select(o => Entry(changes.Offers.Find(c => c.Id == o.Id) ?? o))
            : posts.RequestsOf(memberId).Select(r => Entry(changes.Requests.Find(c => c.Id == r.Id) ?? r, context.Now));
        return entries.Where(e => e.Status != PostStatus.Deleted).Take(MaxListed).ToList();
    }

    public static PostEntry? Find(FlowContext context, string kind, string id)
    {
        var memberId = context.RequireMember().Id;
        var entry = kind == Offers
            ? context.Services.Posts.FindOffer(id) is { } offer && offer.MemberId == memberId ? Entry(offer) : null
            : context.Services.Posts.FindRequest(id) is { } request && request.MemberId == memberId
                ? Entry(request, context.Now)
                : null;
        return entry is null || entry.Status == PostStatus.Deleted ? null : entry;
    }

    private static PostEntry Entry(SkillOffer offer) => new(offer.Id, offer.Title, offer.Status,
        context => OfferCard(context, offer),
        (context, status) =>
        {
            offer.Status = status;
            offer.UpdatedAt = context.Now;
            context.Changes.Save(offer);
        },
        Expired: false);

    private static PostEntry Entry(TalentRequest request, DateTimeOffset now) => new(request.Id, request.Title,
        request.Status, context => RequestCard(context, request),
        (context, status) =>
        {
            request.Status = status;
            request.UpdatedAt = context.Now;
            context.Changes.Save(request);
        },
        Expired: request.Deadline <= now);

    private static ReplyCard OfferCard(FlowContext context, SkillOffer offer)
    {
        var draft = new Dictionary<string, string>(StringComparer.Ordinal);
        PostDrafts.LoadOffer(offer, draft);
        return WithStatus(context, PostCards.Offer(context, draft), offer.Status);
    }

    private static ReplyCard RequestCard(FlowContext context, TalentRequest request)
    {
        var draft = new Dictionary<string, string>(StringComparer.Ordinal);
        PostDrafts.LoadRequest(request, draft);
        return WithStatus(context, PostCards.Request(context, draft), request.Status);
    }

    private static ReplyCard WithStatus(FlowContext context, ReplyCard card, PostStatus status) =>
        card with
        {
            Fields = [.. card.Fields, new(context.Text("flows.field.Status"), context.Text("flows.status." + status))],
        };
}
