using SkillShare.Bot.Flows;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Matching;

/// <summary>
/// Relays a text typed in "talk to" mode to the other side of the match, through the outbox, with
/// the sender's display name only: no phone number or channel id ever crosses.
/// </summary>
internal sealed class MatchRelay(IMatchStore matches, IMemberStore members, MatchMessages messages)
{
    public void Relay(FlowContext context, string text)
    {
        var match = matches.FindMatch(context.Draft.GetValueOrDefault(TalkFlow.MatchKey, ""));
        var me = context.RequireMember();
        if (match is null || match.Status != MatchStatus.Matched)
        {
            context.EndFlow();
            context.Say("matching.talk.ended");
            return;
        }

        var other = members.FindById(me.Id == match.ClientId ? match.FreelancerId : match.ClientId);
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["match"] = match.Id,
            ["from"] = me.DisplayName,
            ["text"] = text,
        };
        var dedupe = $"{MatchKinds.Relay}:{context.Turn.ConversationId}:{context.Turn.DeliveryId}";
        var message = other is null ? null : messages.To(other, MatchKinds.Relay, dedupe, data, context.Now);
        if (message is null)
        {
            context.Say("matching.talk.unreachable");
            return;
        }

        context.Changes.Notifications.Add(message);
        context.Say("matching.talk.sent", other!.DisplayName);
    }
}
