using System.Globalization;
using SkillShare.Bot.Flows;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Matching;

/// <summary>
/// The buttons of match pushes, pressed in whatever flow the conversation is in: Interested / Not
/// for me, Invite / Skip, "show more" and "talk to". An answer counts once; a closed match says so.
/// </summary>
internal sealed class MatchAnswers(
    IMatchStore matches, IMemberStore members, IPostStore posts, MatchViews views, MatchMessages messages)
{
    public void Press(FlowContext context, IFlow? flow, string key)
    {
        var parts = key.Split(':');
        var match = parts.Length == 3 ? matches.FindMatch(parts[1]) : null;
        var me = context.RequireMember();
        if (match is null || (me.Id != match.ClientId && me.Id != match.FreelancerId))
        {
            context.Say("matching.unknown");
            return;
        }

        var client = me.Id == match.ClientId;
        switch (parts[2])
        {
            case "y" or "n":
                Decide(context, match, client, parts[2] == "y");
                break;
            case "t":
                Talk(context, flow, match, client);
                break;
            case ['p', .. var page] when client && int.TryParse(page, CultureInfo.InvariantCulture, out var n):
                ShowPage(context, match, n);
                break;
            default:
                context.Say("matching.unknown");
                break;
        }
    }

    private void Decide(FlowContext context, Match match, bool client, bool yes)
    {
        var mine = client ? match.ClientDecision : match.FreelancerDecision;
        if (mine != MatchDecision.Pending)
        {
            context.Say("matching.already_answered");
            return;
        }

        if (!match.IsOpen)
        {
            context.Say("matching.closed");
            return;
        }

        if (!PostsLive(match))
        {
            context.Say("matching.post_closed");
            return;
        }

        match.Decide(client, yes, context.Now);
        context.Changes.Save(match);
        var other = members.FindById(client ? match.FreelancerId : match.ClientId);
        var name = other?.DisplayName ?? "—";
        if (match.Status == MatchStatus.Matched)
            AnnounceMatch(context, match, other);
        else if (yes)
            context.Say(client ? "matching.answer.invited" : "matching.answer.interested", name);
        else
            context.Say("matching.answer.declined");
    }

    /// <summary>Both posts are still published: a paused or deleted post takes no new answers.</summary>
    private bool PostsLive(Match match) =>
        posts.FindRequest(match.RequestId)?.Status == PostStatus.Published &&
        posts.FindOffer(match.OfferId)?.Status == PostStatus.Published;

    private void AnnounceMatch(FlowContext context, Match match, Member? other)
    {
        context.Say("matching.answer.matched", other?.DisplayName ?? "—");
        foreach (var member in new[] { context.RequireMember(), other }.OfType<Member>())
        {
            var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["match"] = match.Id };
            var message = messages.To(member, MatchKinds.Matched, $"{MatchKinds.Matched}:{match.Id}:{member.Id}",
                data, context.Now);
            if (message is not null)
                context.Changes.Notifications.Add(message);
        }
    }

    private void Talk(FlowContext context, IFlow? flow, Match match, bool client)
    {
        if (match.Status != MatchStatus.Matched)
        {
            context.Say("matching.talk.not_matched");
            return;
        }

        var other = members.FindById(client ? match.FreelancerId : match.ClientId);
        if (flow is not null)
            context.EndFlow();
        context.Then(TalkFlow.FlowName, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TalkFlow.MatchKey] = match.Id,
            [TalkFlow.NameKey] = other?.DisplayName ?? "—",
        });
    }

    private void ShowPage(FlowContext context, Match match, int page)
    {
        var open = views.OpenForClient(match.RequestId);
        var shown = open.Skip(page * MatchViews.PageSize).Take(MatchViews.PageSize).ToList();
        var reply = views.Shortlist(match.RequestId, shown, page, context.Language);
        if (reply is null)
            context.Say("matching.shortlist.no_more");
        else
            context.Send(reply);
    }
}
