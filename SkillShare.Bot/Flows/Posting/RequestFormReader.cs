using SkillShare.Bot.Conversations;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>
/// Checks a submitted request form with the same readers as the step-by-step questions. All valid:
/// the values go into the draft. Otherwise the form comes back with each reason beside its field,
/// the typed values kept, and the draft untouched.
/// </summary>
internal static class RequestFormReader
{
    /// <summary>True when the form was valid and its values are in the draft.</summary>
    public static bool Read(FlowContext context, TurnInput input)
    {
        if (input is not FormInput form)
        {
            RequestForm.Show(context, new Hint("teams.request.use_form", []));
            return false;
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = Parse(context, form.Fields, errors);
        var extra = form.Fields.Keys.Where(k => !RequestForm.Fields.Contains(k, StringComparer.Ordinal)).ToList();
        if (errors.Count == 0 && extra.Count == 0)
        {
            foreach (var (field, value) in values)
                context.Draft[field] = value;
            if (!values.ContainsKey(PostFields.Place))
                context.Draft.Remove(PostFields.Place);
            return true;
        }

        var hint = extra.Count > 0
            ? new Hint("teams.request.extra_fields", [string.Join(", ", extra)])
            : new Hint("teams.request.fix_errors", []);
        RequestForm.Show(context, hint, form.Fields, errors);
        return false;
    }

    private static Dictionary<string, string> Parse(FlowContext context, IReadOnlyDictionary<string, string> fields,
        Dictionary<string, string> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Take(string field, Func<TurnInput, FieldResult> reader)
        {
            if (!fields.TryGetValue(field, out var typed))
            {
                errors[field] = context.Text("teams.request.missing");
                return;
            }

            var result = reader(new TextInput(typed));
            if (result.IsValid)
                values[field] = result.Value!;
            else
                errors[field] = context.Text(result.ErrorKey!, result.ErrorArgs);
        }

        var currency = fields.GetValueOrDefault(RequestForm.Currency, "").Trim().ToUpperInvariant();
        if (!Core.Money.Currency.TryFind(currency, out _))
        {
            currency = PostFields.DefaultCurrency;
            errors[RequestForm.Currency] = context.Text("flows.error.money_currency",
                string.Join(", ", Core.Money.Currency.SupportedCodes));
        }

        var skills = context.Services.Skills;
        var member = context.RequireMember();
        Take(PostFields.Title, i => FieldReaders.Text(i, PostFields.MaxTitle));
        Take(PostFields.Description, i => FieldReaders.Text(i, PostFields.MaxDescription));
        Take(PostFields.Skills, i => FieldReaders.Skills(i, skills));
        Take(PostFields.BudgetMin, i => FieldReaders.Amount(i, currency));
        Take(PostFields.BudgetMax, i => FieldReaders.Amount(i, currency));
        Take(PostFields.Hours, i => FieldReaders.WholeNumber(i, 1, PostFields.MaxHoursPerWeek));
        Take(PostFields.Deadline, i => DeadlineReader.Read(i, member.TimeZoneId, context.Now));
        Take(PostFields.Mode, ReadMode);
        CheckBudget(context, values, errors);
        if (values.GetValueOrDefault(PostFields.Mode) == nameof(WorkMode.OnSite))
            Take(PostFields.Place, i => FieldReaders.Text(i, PostFields.MaxPlace));
        return values;
    }

    private static FieldResult ReadMode(TurnInput input) =>
        input is TextInput { Text: var text } && Enum.TryParse<WorkMode>(text.Trim(), ignoreCase: false, out var mode)
            && Enum.IsDefined(mode)
            ? FieldResult.Accept(mode.ToString())
            : FieldResult.Refuse("flows.hint.use_buttons");

    private static void CheckBudget(FlowContext context, Dictionary<string, string> values,
        Dictionary<string, string> errors)
    {
        if (!values.TryGetValue(PostFields.BudgetMin, out var min) ||
            !values.TryGetValue(PostFields.BudgetMax, out var max) ||
            PostFields.BudgetMaxProblem(min, max) is not { } problem)
            return;

        errors[PostFields.BudgetMax] = context.Text(problem.Key, problem.Args);
    }
}
