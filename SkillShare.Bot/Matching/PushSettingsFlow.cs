using System.Globalization;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Flows;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using Stateless;

namespace SkillShare.Bot.Matching;

/// <summary>/alerts (also from /settings): instant pushes or a daily digest, then quiet hours.</summary>
internal sealed class PushSettingsFlow : IFlow
{
    public const string FlowName = "alerts";

    private static readonly (int From, int To)[] QuietChoices = [(22, 7), (23, 8), (0, 6)];

    private readonly StateMachine<State, Trigger> _machine;
    private bool _unhandled;

    public PushSettingsFlow(ConversationState conversation)
    {
        _machine = FlowMachine.Create<State, Trigger>(conversation, State.Start, () => _unhandled = true);
        _machine.Configure(State.Start).Permit(Trigger.Begin, State.Mode);
        _machine.Configure(State.Mode).Permit(Trigger.Choose, State.Quiet);
        _machine.Configure(State.Quiet).Permit(Trigger.Choose, State.Done);
    }

    private enum State { Start, Mode, Quiet, Done }

    private enum Trigger { Begin, Choose }

    public string Name => FlowName;

    public static string Graph() => Stateless.Graph.MermaidGraph.Format(
        new PushSettingsFlow(new ConversationState { Id = "g", Channel = ChannelKind.Telegram, ChannelUserId = "g" })
            ._machine.GetInfo());

    public async Task StartAsync(FlowContext context)
    {
        await _machine.FireAsync(Trigger.Begin);
        Prompt(context);
    }

    public async Task HandleAsync(FlowContext context, TurnInput input)
    {
        var key = (input as ButtonInput)?.Key ?? "";
        var push = context.RequireMember().Push;
        if (_machine.State == State.Mode && key is "i" or "d")
            push.DailyDigest = key == "d";
        else if (_machine.State == State.Quiet && TryQuiet(key, out var quiet))
            (push.QuietFrom, push.QuietTo) = quiet;
        else
        {
            Prompt(context, _unhandled ? "flows.hint.unexpected" : "flows.hint.use_buttons");
            return;
        }

        context.MarkMemberChanged();
        await _machine.FireAsync(Trigger.Choose);
        if (_machine.State != State.Done)
        {
            Prompt(context);
            return;
        }

        context.EndFlow();
        MemberViews.ShowMenu(context, "matching.alerts.saved");
    }

    public void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs)
    {
        var hint = Hint.From(hintKey, hintArgs);
        if (_machine.State == State.Mode)
        {
            Prompts.Ask(context, "matching.alerts.mode", hint,
                [context.Button("matching.alerts.instant", "i"), context.Button("matching.alerts.digest", "d")]);
            return;
        }

        var choices = QuietChoices.Select(q => new ReplyButton(
            context.Text("matching.alerts.quiet_range", q.From, q.To),
            ButtonKeys.Make(context.Conversation.Step, QuietKey(q.From, q.To))));
        Prompts.Ask(context, "matching.alerts.quiet", hint,
            [.. choices], [context.Button("matching.alerts.no_quiet", "q.none")]);
    }

    private static bool TryQuiet(string key, out (int? From, int? To) quiet)
    {
        quiet = (null, null);
        if (key == "q.none")
            return true;
        foreach (var (from, to) in QuietChoices)
        {
            if (key == QuietKey(from, to))
            {
                quiet = (from, to);
                return true;
            }
        }

        return false;
    }

    private static string QuietKey(int from, int to) =>
        string.Create(CultureInfo.InvariantCulture, $"q.{from}.{to}");
}
