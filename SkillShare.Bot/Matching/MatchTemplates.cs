using SkillShare.Bot.Conversations;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Bot.Matching;

/// <summary>"A new request matches you", with Interested / Not for me.</summary>
internal sealed class RequestForFreelancerTemplate(MatchViews views, IMatchStore matches) : INotificationTemplate
{
    public string Kind => MatchKinds.RequestForFreelancer;

    public Reply Render(OutboxMessage message, Member recipient) =>
        (matches.FindMatch(message.Data["match"]) is { } match
            ? views.RequestForFreelancer(match, recipient.Language)
            : null) ?? views.Gone(recipient.Language);
}

/// <summary>The client's shortlist of new candidates, with Invite / Skip each and "show more".</summary>
internal sealed class ShortlistTemplate(MatchViews views, IMatchStore matches) : INotificationTemplate
{
    public string Kind => MatchKinds.ShortlistForClient;

    public Reply Render(OutboxMessage message, Member recipient)
    {
        var shown = message.Data["matches"].Split(',')
            .Select(matches.FindMatch)
            .OfType<Match>()
            .ToList();
        return views.Shortlist(message.Data["request"], shown, 0, recipient.Language)
            ?? views.Gone(recipient.Language);
    }
}

/// <summary>Both said yes: who the other is and a button to talk to them through the bot.</summary>
internal sealed class MatchedTemplate(MatchViews views, IMatchStore matches) : INotificationTemplate
{
    public string Kind => MatchKinds.Matched;

    public Reply Render(OutboxMessage message, Member recipient) =>
        matches.FindMatch(message.Data["match"]) is { } match
            ? views.Matched(match, recipient)
            : views.Gone(recipient.Language);
}

/// <summary>A message relayed from the other side of a match, with the sender's display name.</summary>
internal sealed class RelayTemplate(MatchViews views) : INotificationTemplate
{
    public string Kind => MatchKinds.Relay;

    public Reply Render(OutboxMessage message, Member recipient) =>
        views.Relay(message.Data["match"], message.Data["from"], message.Data["text"], recipient.Language);
}
