using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Flows;

/// <summary>
/// Routes one turn: commands and menu buttons first (they work in every state), then stale-button
/// detection, then the conversation's flow; starts any flow a handler asked for.
/// </summary>
internal static class TurnRouter
{
    public static async Task RouteAsync(FlowContext context, bool newMember)
    {
        var flow = FlowCatalog.Create(context.Conversation.Flow, context.Conversation);
        var input = AsText(context.Turn.Input);
        if (newMember)
            await Commands.RunAsync(context, flow, Commands.Start);
        else if (!await HookHandledAsync(context, flow))
            await DispatchAsync(context, flow, input);

        await StartPendingAsync(context);
    }

    private static async Task DispatchAsync(FlowContext context, IFlow? flow, TurnInput input)
    {
        if (input is CommandInput command)
            await Commands.RunAsync(context, flow, command.Name);
        else if (input is ButtonInput button)
            await PressAsync(context, flow, button.Key);
        else if (input is FormInput form && IsStale(context, form))
            StaleForm(context, flow);
        else if (flow is not null)
            await flow.HandleAsync(context, input);
        else if (!context.RequireMember().HasProfile)
            await Commands.RunAsync(context, flow, Commands.Start);
        else
            MemberViews.ShowMenu(context, "flows.hint.menu");
    }

    public static async Task StartAsync(FlowContext context, string name, Dictionary<string, string> draft)
    {
        var conversation = context.Conversation;
        conversation.Flow = name;
        conversation.State = "";
        conversation.Draft = new Dictionary<string, string>(draft, StringComparer.Ordinal);
        conversation.Step++;
        var flow = FlowCatalog.Create(name, conversation)
            ?? throw new InvalidOperationException($"No flow is named '{name}'.");
        await flow.StartAsync(context);
    }

    private static async Task PressAsync(FlowContext context, IFlow? flow, string key)
    {
        if (!ButtonKeys.TryParse(key, out var step, out var action) || step != context.Conversation.Step)
        {
            context.Say("flows.stale");
            ShowCurrent(context, flow);
        }
        else if (action == Prompts.CancelAction)
            await Commands.RunAsync(context, flow, Commands.Cancel);
        else if (action.StartsWith("m.", StringComparison.Ordinal))
            await Commands.RunAsync(context, flow, action[2..]);
        else if (flow is not null)
            await flow.HandleAsync(context, new ButtonInput(action));
        else
            MemberViews.ShowMenu(context, "flows.stale");
    }

    /// <summary>A form whose key is "{step}:{action}" from a step the conversation has moved past.</summary>
    private static bool IsStale(FlowContext context, FormInput form) =>
        ButtonKeys.TryParse(form.Key, out var step, out _) && step != context.Conversation.Step;

    private static void StaleForm(FlowContext context, IFlow? flow)
    {
        context.Say("teams.form.stale");
        ShowCurrent(context, flow);
    }

    /// <summary>Buttons of pushed messages (matches) belong to no step: a hook answers them first.</summary>
    private static async Task<bool> HookHandledAsync(FlowContext context, IFlow? flow)
    {
        foreach (var hook in context.Services.Hooks)
        {
            if (await hook.TryHandleAsync(context, flow))
                return true;
        }

        return false;
    }

    /// <summary>A submitted form of one field (a web or card form asking one question) reads as typed text.</summary>
    private static TurnInput AsText(TurnInput input) =>
        input is FormInput { Fields.Count: 1 } form ? new TextInput(form.Fields.Values.Single()) : input;

    /// <summary>The current step's question, or the menu when no flow is running.</summary>
    public static void ShowCurrent(FlowContext context, IFlow? flow)
    {
        if (flow is not null)
            flow.Prompt(context);
        else
            MemberViews.ShowMenu(context);
    }

    private static async Task StartPendingAsync(FlowContext context)
    {
        while (context.TakePending() is { } pending)
            await StartAsync(context, pending.Name, pending.Draft);
    }
}
