using SkillShare.Bot.Conversations;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>Summary cards of skill offers and talent requests, built from a draft.</summary>
internal static class PostCards
{
    public static ReplyCard Offer(FlowContext context, Dictionary<string, string> draft)
    {
        var mode = Mode(context, draft);
        return new ReplyCard(draft[PostFields.Title],
        [
            Field(context, PostFields.Description, draft[PostFields.Description]),
            Field(context, PostFields.Skills, DraftValues.SkillLabels(draft[PostFields.Skills])),
            Field(context, PostFields.Rate, context.Text("flows.offer.per_hour",
                DraftValues.ToMoney(draft[PostFields.Rate]).ToString())),
            Field(context, PostFields.Hours, draft[PostFields.Hours]),
            Field(context, PostFields.Mode, mode),
        ]);
    }

    public static ReplyCard Request(FlowContext context, Dictionary<string, string> draft)
    {
        var zone = context.Member?.TimeZoneId ?? TimeZoneResolver.Utc;
        var budget = context.Text("flows.request.budget_range",
            DraftValues.ToMoney(draft[PostFields.BudgetMin]).ToString(),
            DraftValues.ToMoney(draft[PostFields.BudgetMax]).ToString());
        return new ReplyCard(draft[PostFields.Title],
        [
            Field(context, PostFields.Description, draft[PostFields.Description]),
            Field(context, PostFields.Skills, DraftValues.SkillLabels(draft[PostFields.Skills])),
            Field(context, PostFields.BudgetMin, budget),
            Field(context, PostFields.Hours, draft[PostFields.Hours]),
            Field(context, PostFields.Deadline,
                DeadlineReader.LocalDate(DraftValues.ToInstant(draft[PostFields.Deadline]), zone)),
            .. draft.ContainsKey(PostFields.Mode)
                ? new[] { Field(context, PostFields.Mode, Mode(context, draft)) }
                : [],
        ]);
    }

    private static string Mode(FlowContext context, Dictionary<string, string> draft) =>
        draft.GetValueOrDefault(PostFields.Mode) == nameof(WorkMode.OnSite)
            ? context.Text("flows.offer.onsite_at", draft.GetValueOrDefault(PostFields.Place, "—"))
            : context.Text("flows.offer.remote");

    private static CardField Field(FlowContext context, string field, string value) =>
        new(context.Text("flows.field." + field), value);
}
