using SkillShare.Bot.Conversations;
using Stateless;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>What the offer and request forms share: the question chain, the summary and the field picker.</summary>
internal static class PostSteps
{
    public const string EditAction = "edit";
    public const string PublishAction = "pub";

    /// <summary>
    /// Chains questions: each answer moves to the next one, or back to the summary once it has been
    /// shown. The last state's "next" is left to the caller.
    /// </summary>
    public static void Sequence<TState, TTrigger>(StateMachine<TState, TTrigger> machine, TTrigger answer,
        Func<bool> editing, TState summary, params TState[] states)
    {
        for (var i = 0; i < states.Length; i++)
        {
            var config = machine.Configure(states[i]).PermitIf(answer, summary, editing, "back to summary");
            if (i + 1 < states.Length)
                config.PermitIf(answer, states[i + 1], () => !editing(), "next question");
        }
    }

    public static void ShowSummary(FlowContext context, ReplyCard card, string textKey, Hint? hint)
    {
        var existing = context.Draft.ContainsKey(PostFields.PostId);
        var text = context.Text(textKey);
        context.Send(new Reply
        {
            Text = hint is null ? text : context.Text(hint.Key, hint.Args) + "\n\n" + text,
            Card = card,
            Buttons =
            [
                [
                    context.Button("flows.button.edit", EditAction),
                    context.Button(existing ? "flows.button.save" : "flows.button.publish", PublishAction),
                ],
                [context.Button("flows.button.cancel", Prompts.CancelAction)],
            ],
        });
    }

    public static void AskField(FlowContext context, IEnumerable<string> fields, Hint? hint)
    {
        var rows = fields.Select(f => context.Button("flows.field." + f, "f." + f)).Chunk(3).ToArray();
        Prompts.Ask(context, "flows.post.pick", hint, rows);
    }

    /// <summary>The summary card's answer: Edit, Publish (when the member may), or a hint to use the buttons.</summary>
    public static async Task DecideAsync(FlowContext context, TurnInput input, Func<Task> edit, Func<Task> publish,
        Action<string> hint)
    {
        var decision = ReadDecision(input);
        if (decision == EditAction)
            await edit();
        else if (decision == PublishAction && MayPublish(context))
            await publish();
        else if (decision != PublishAction)
            hint("flows.hint.use_buttons");
    }

    /// <summary>Moves to the field picked for editing and asks it, or hints to use the buttons.</summary>
    public static async Task PickFieldAsync<TState, TTrigger>(StateMachine<TState, TTrigger> machine,
        StateMachine<TState, TTrigger>.TriggerWithParameters<TState> pick, TurnInput input,
        IEnumerable<string> fields, Action<string?> prompt)
        where TState : struct, Enum
    {
        var field = ReadField(input, fields);
        if (field is null)
        {
            prompt("flows.hint.use_buttons");
            return;
        }

        await machine.FireAsync(pick, Enum.Parse<TState>(field));
        prompt(null);
    }

    public static string? ReadDecision(TurnInput input) =>
        input is ButtonInput { Key: EditAction or PublishAction } button ? button.Key : null;

    public static string? ReadField(TurnInput input, IEnumerable<string> fields) =>
        input is ButtonInput button && button.Key.StartsWith("f.", StringComparison.Ordinal) &&
        fields.Contains(button.Key[2..], StringComparer.Ordinal)
            ? button.Key[2..]
            : null;

    /// <summary>Whether the member may publish now; if not, they are told why (and how to verify).</summary>
    public static bool MayPublish(FlowContext context)
    {
        var verdict = Verdict(context);
        if (!verdict.MayPublish)
            Refuse(context, verdict);
        return verdict.MayPublish;
    }

    /// <summary>Whether the member may start a draft (a pending Teams company may draft, not publish).</summary>
    public static bool MayDraft(FlowContext context)
    {
        var verdict = Verdict(context);
        if (!verdict.MayDraft)
            Refuse(context, verdict);
        return verdict.MayDraft;
    }

    private static PostingVerdict Verdict(FlowContext context) =>
        context.Services.Posting.Check(context.RequireMember(), context.Turn.Channel);

    private static void Refuse(FlowContext context, PostingVerdict verdict)
    {
        context.Send(new Reply
        {
            Text = context.Text(verdict.ReasonKey ?? "flows.post.need_verification"),
            Buttons = verdict.OfferVerification ? [[context.Button("flows.menu.verify", "m.verify")]] : [],
        });
    }
}
