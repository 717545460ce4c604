using System.Globalization;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Money;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>
/// The talent request as one form (an Adaptive Card on Teams): every field at once, errors beside
/// their fields, typed values kept. Channels that do not render forms ask field by field instead.
/// </summary>
internal static class RequestForm
{
    /// <summary>The form's action; its key is "{step}:{action}" so a form from a past step is stale.</summary>
    public const string Action = "rq.form";

    public const string Currency = "Currency";

    public static readonly string[] Fields =
    [
        PostFields.Title, PostFields.Description, PostFields.Skills, PostFields.BudgetMin, PostFields.BudgetMax,
        Currency, PostFields.Hours, PostFields.Deadline, PostFields.Mode, PostFields.Place,
    ];

    /// <summary>
    /// Channels that get the whole request on one form. The web chat keeps one question at a time: its
    /// transcript pane reads as a conversation, and its tests and docs describe that path.
    /// </summary>
    public static bool Renders(ChannelKind channel) => channel == ChannelKind.Teams;

    /// <summary>Shows the form, filled with what was typed (after errors) or with the draft.</summary>
    public static void Show(FlowContext context, Hint? hint, IReadOnlyDictionary<string, string>? typed = null,
        IReadOnlyDictionary<string, string>? errors = null)
    {
        var values = typed ?? FromDraft(context);
        string? Value(string field) => values.GetValueOrDefault(field);
        string Label(string key) => context.Text(key);
        var question = context.Text("teams.request.form_intro");
        context.Send(new Reply
        {
            Text = hint is null ? question : context.Text(hint.Key, hint.Args) + "\n\n" + question,
            Form = new ReplyForm(ButtonKeys.Make(context.Conversation.Step, Action), Label("teams.request.form_title"),
            [
                new(PostFields.Title, Label("flows.field.Title"), FormFieldKind.Text, true, Value(PostFields.Title),
                    MaxLength: PostFields.MaxTitle),
                new(PostFields.Description, Label("flows.field.Description"), FormFieldKind.MultilineText, true,
                    Value(PostFields.Description), MaxLength: PostFields.MaxDescription),
                new(PostFields.Skills, Label("teams.request.skills"), FormFieldKind.Text, true,
                    Value(PostFields.Skills)),
                new(PostFields.BudgetMin, Label("teams.request.budget_min"), FormFieldKind.Text, true,
                    Value(PostFields.BudgetMin)),
                new(PostFields.BudgetMax, Label("teams.request.budget_max"), FormFieldKind.Text, true,
                    Value(PostFields.BudgetMax)),
                new(Currency, Label("teams.request.currency"), FormFieldKind.Choice, true,
                    Value(Currency) ?? PostFields.DefaultCurrency, CurrencyChoices()),
                new(PostFields.Hours, Label("flows.field.Hours"), FormFieldKind.Number, true, Value(PostFields.Hours)),
                new(PostFields.Deadline, Label("teams.request.deadline"), FormFieldKind.Date, true,
                    Value(PostFields.Deadline)),
                new(PostFields.Mode, Label("flows.field.Mode"), FormFieldKind.Choice, true,
                    Value(PostFields.Mode) ?? nameof(WorkMode.Remote), ModeChoices(context)),
                new(PostFields.Place, Label("teams.request.place"), FormFieldKind.Text, false, Value(PostFields.Place),
                    MaxLength: PostFields.MaxPlace),
            ], Label("teams.request.form_submit"), errors),
            Buttons = [[context.Button("flows.button.cancel", Prompts.CancelAction)]],
        });
    }

    private static Dictionary<string, string> FromDraft(FlowContext context)
    {
        var draft = context.Draft;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in new[] { PostFields.Title, PostFields.Description, PostFields.Hours, PostFields.Place })
        {
            if (draft.TryGetValue(field, out var text))
                values[field] = text;
        }

        if (draft.TryGetValue(PostFields.Skills, out var skills))
            values[PostFields.Skills] = DraftValues.SkillLabels(skills);
        foreach (var field in new[] { PostFields.BudgetMin, PostFields.BudgetMax })
        {
            if (draft.TryGetValue(field, out var amount))
                (values[field], values[Currency]) = Major(DraftValues.ToMoney(amount));
        }

        if (draft.TryGetValue(PostFields.Deadline, out var deadline))
            values[PostFields.Deadline] = DeadlineReader.LocalDate(DraftValues.ToInstant(deadline),
                context.Member?.TimeZoneId ?? TimeZoneResolver.Utc);
        if (draft.TryGetValue(PostFields.Mode, out var mode))
            values[PostFields.Mode] = mode;
        return values;
    }

    private static (string Amount, string Currency) Major(Money money)
    {
        var major = (decimal)money.MinorUnits / money.Currency.MinorPerMajor;
        return (major.ToString("0.##########", CultureInfo.InvariantCulture), money.CurrencyCode);
    }

    private static List<ReplyButton> CurrencyChoices() =>
        [.. Core.Money.Currency.SupportedCodes.Select(code => new ReplyButton(code, code))];

    private static List<ReplyButton> ModeChoices(FlowContext context) =>
    [
        new(context.Text("flows.offer.remote"), nameof(WorkMode.Remote)),
        new(context.Text("flows.offer.onsite"), nameof(WorkMode.OnSite)),
    ];
}
