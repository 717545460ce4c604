using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Flows;

/// <summary>Builds the replies that ask a step's question, with an optional hint before it.</summary>
internal static class Prompts
{
    /// <summary>The action of the cancel button every form step carries; the engine handles it.</summary>
    public const string CancelAction = "x";

    /// <summary>The action of a "skip" button on optional steps.</summary>
    public const string SkipAction = "skip";

    public static void Ask(
        FlowContext context, string questionKey, Hint? hint, params IReadOnlyList<ReplyButton>[] rows)
    {
        var question = context.Text(questionKey);
        var text = hint is null ? question : context.Text(hint.Key, hint.Args) + "\n\n" + question;
        var buttons = rows.Where(r => r.Count > 0).Append([context.Button("flows.button.cancel", CancelAction)]);
        context.Send(new Reply { Text = text, Buttons = buttons.ToList() });
    }

    public static IReadOnlyList<ReplyButton> Skip(FlowContext context) =>
        [context.Button("flows.button.skip", SkipAction)];
}
