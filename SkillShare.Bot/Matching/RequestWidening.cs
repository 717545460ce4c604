using SkillShare.Bot.Conversations;
using SkillShare.Bot.Flows;
using SkillShare.Bot.Flows.Posting;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Matching;

/// <summary>
/// "No match yet": the client is offered to widen the request (raise the budget, change the skills,
/// allow remote work for an on-site request); budget and skills open the edit-one-field form.
/// </summary>
internal static class RequestWidening
{
    public static void Offer(FlowContext context, TalentRequest request)
    {
        var rows = new List<IReadOnlyList<ReplyButton>>
        {
            new[]
            {
                Button(context, "matching.widen.budget", request.Id, "b"),
                Button(context, "matching.widen.skills", request.Id, "s"),
            },
        };
        if (request.Mode == WorkMode.OnSite)
            rows.Add([Button(context, "matching.widen.remote", request.Id, "r")]);
        context.Send(new Reply { Text = context.Text("matching.none_yet", request.Title), Buttons = rows });
    }

    public static void Press(FlowContext context, IFlow? flow, string key)
    {
        var parts = key.Split(':');
        var request = parts.Length == 3 ? context.Services.Posts.FindRequest(parts[1]) : null;
        if (request is null || request.MemberId != context.RequireMember().Id || request.Status == PostStatus.Deleted)
        {
            context.Say("flows.posts.not_found");
            return;
        }

        if (parts[2] == "r")
        {
            request.Mode = WorkMode.Remote;
            request.Place = null;
            request.UpdatedAt = context.Now;
            context.Changes.Save(request);
            context.Say("matching.widen.remote_done");
            return;
        }

        if (flow is not null)
            context.EndFlow();
        context.Then(RequestFlow.FlowName,
            new Dictionary<string, string>(StringComparer.Ordinal) { [PostFields.PostId] = request.Id });
    }

    private static ReplyButton Button(FlowContext context, string labelKey, string requestId, string action) =>
        new(context.Text(labelKey), $"{MatchKinds.WidenPrefix}{requestId}:{action}");
}
