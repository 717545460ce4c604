using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using Stateless;

namespace SkillShare.Bot.Flows.Settings;

/// <summary>/settings: the language the bot speaks to the member.</summary>
internal sealed class SettingsFlow : IFlow
{
    public const string FlowName = "settings";

    private readonly StateMachine<State, Trigger> _machine;
    private bool _unhandled;

    public SettingsFlow(ConversationState conversation)
    {
        _machine = FlowMachine.Create<State, Trigger>(conversation, State.Start, () => _unhandled = true);
        _machine.Configure(State.Start).Permit(Trigger.Begin, State.ChoosingLanguage);
        _machine.Configure(State.ChoosingLanguage).Permit(Trigger.Choose, State.Done);
    }

    private enum State { Start, ChoosingLanguage, Done }

    private enum Trigger { Begin, Choose }

    public string Name => FlowName;

    public static string Graph() => Stateless.Graph.MermaidGraph.Format(
        new SettingsFlow(new ConversationState { Id = "g", Channel = ChannelKind.Telegram, ChannelUserId = "g" })
            ._machine.GetInfo());

    public async Task StartAsync(FlowContext context)
    {
        await _machine.FireAsync(Trigger.Begin);
        Prompt(context);
    }

    public async Task HandleAsync(FlowContext context, TurnInput input)
    {
        if (input is not ButtonInput { Key: "l.en" or "l.zh" } button)
        {
            Prompt(context, "flows.hint.use_buttons");
            return;
        }

        await _machine.FireAsync(Trigger.Choose);
        if (_unhandled)
        {
            Prompt(context, "flows.hint.unexpected");
            return;
        }

        context.RequireMember().Language = button.Key == "l.zh" ? UiLanguage.Chinese : UiLanguage.English;
        context.MarkMemberChanged();
        context.EndFlow();
        MemberViews.ShowMenu(context, "flows.settings.saved");
    }

    public void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs) =>
        Prompts.Ask(context, "flows.settings.language", Hint.From(hintKey, hintArgs),
            Registration.RegistrationPrompts.LanguageButtons(context),
            [context.Button("matching.alerts.button", "m.alerts")]);
}
