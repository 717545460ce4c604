using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>Reads the typed fields of skill offers and talent requests into the draft, by field name.</summary>
internal static class PostFields
{
    public const string Title = "Title";
    public const string Description = "Description";
    public const string Skills = "Skills";
    public const string Rate = "Rate";
    public const string Hours = "Hours";
    public const string Mode = "Mode";
    public const string Place = "Place";
    public const string BudgetMin = "BudgetMin";
    public const string BudgetMax = "BudgetMax";
    public const string Deadline = "Deadline";

    /// <summary>The draft key of the post being edited; absent for a new post.</summary>
    public const string PostId = "id";

    /// <summary>Set once the summary was shown: an answer then goes back to the summary.</summary>
    public const string Editing = "editing";

    public const int MaxTitle = 100;
    public const int MaxDescription = 2000;
    public const int MaxPlace = 100;
    public const int MaxHoursPerWeek = 80;
    public const string DefaultCurrency = "USD";

    /// <summary>Reads one field into the draft; returns why the input was refused, or null.</summary>
    public static Hint? Read(FlowContext context, string field, TurnInput input)
    {
        var result = Parse(context, field, input);
        if (!result.IsValid)
            return new Hint(result.ErrorKey!, result.ErrorArgs);

        if (field == BudgetMax && BudgetMaxProblem(context.Draft[BudgetMin], result.Value!) is { } problem)
            return problem;

        context.Draft[field] = result.Value!;
        if (field == Skills)
            SayRecognised(context, result.Value!);
        return null;
    }

    private static FieldResult Parse(FlowContext context, string field, TurnInput input) => field switch
    {
        Title => FieldReaders.Text(input, MaxTitle),
        Description => FieldReaders.Text(input, MaxDescription),
        Skills => FieldReaders.Skills(input, context.Services.Skills),
        Rate or BudgetMin => FieldReaders.Amount(input, DefaultCurrency),
        BudgetMax => FieldReaders.Amount(input, DraftValues.ToMoney(context.Draft[BudgetMin]).CurrencyCode),
        Hours => FieldReaders.WholeNumber(input, 1, MaxHoursPerWeek),
        Place => FieldReaders.Text(input, MaxPlace),
        Deadline => DeadlineReader.Read(input, context.RequireMember().TimeZoneId, context.Now),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a typed post field."),
    };

    /// <summary>Why a budget maximum does not go with its minimum (both draft money values), or null.</summary>
    public static Hint? BudgetMaxProblem(string minValue, string maxValue)
    {
        var min = DraftValues.ToMoney(minValue);
        var max = DraftValues.ToMoney(maxValue);
        if (min.CurrencyCode != max.CurrencyCode)
            return new Hint("flows.error.budget_currency", [min.CurrencyCode]);
        return max.MinorUnits < min.MinorUnits ? new Hint("flows.error.budget_order", [min.ToString()]) : null;
    }

    private static void SayRecognised(FlowContext context, string value)
    {
        var skills = DraftValues.ToSkills(value);
        var known = string.Join(", ", skills.Where(s => s.IsKnown).Select(s => s.Label));
        var unknown = string.Join(", ", skills.Where(s => !s.IsKnown).Select(s => s.Label));
        var text = context.Text("flows.post.skills_known", known.Length > 0 ? known : "—");
        if (unknown.Length > 0)
            text += "\n" + context.Text("flows.post.skills_unknown", unknown);
        context.Send(Reply.Plain(text));
    }
}
