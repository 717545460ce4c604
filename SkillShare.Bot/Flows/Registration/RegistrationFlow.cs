using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using Stateless;

namespace SkillShare.Bot.Flows.Registration;

/// <summary>
/// Registration: language, role, display name, bio, place, spoken languages, photo. Answers stay in
/// the draft and reach the member only at the end, so a cancelled registration leaves nothing half-done.
/// Started with draft "edit" it asks for one field of an existing profile instead.
/// </summary>
internal sealed class RegistrationFlow : IFlow
{
    public const string FlowName = "registration";

    /// <summary>Draft key that starts the flow at the field picker (editing the profile).</summary>
    public const string EditKey = "edit";

    private readonly StateMachine<State, Trigger> _machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<State> _pick;
    private readonly ConversationState _conversation;
    private bool _unhandled;

    public RegistrationFlow(ConversationState conversation)
    {
        _conversation = conversation;
        _machine = FlowMachine.Create<State, Trigger>(conversation, State.Start, () => _unhandled = true);
        _pick = _machine.SetTriggerParameters<State>(Trigger.Pick);
        Configure();
    }

    private enum State { Start, Language, Role, Name, Bio, Place, Languages, Photo, PickField, Done }

    private enum Trigger { Begin, Answer, Pick }

    public string Name => FlowName;

    private bool Editing => _conversation.Draft.ContainsKey(EditKey);

    public static string Graph() =>
        Stateless.Graph.MermaidGraph.Format(new RegistrationFlow(GraphState())._machine.GetInfo());

    public async Task StartAsync(FlowContext context)
    {
        if (Editing)
            RegistrationAnswers.LoadFrom(context.RequireMember(), context.Draft);

        await FireAsync(context, Trigger.Begin);
    }

    public Task HandleAsync(FlowContext context, TurnInput input) => _machine.State switch
    {
        State.Language => ChooseLanguageAsync(context, input),
        State.Role => ChooseRoleAsync(context, input),
        State.Photo => AddPhotoAsync(context, input),
        State.PickField => PickFieldAsync(context, input),
        State.Start or State.Done => StartAsync(context),
        _ => AnswerTextAsync(context, input),
    };

    public void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs) =>
        RegistrationPrompts.Ask(context, _machine.State.ToString(), Hint.From(hintKey, hintArgs));

    private async Task ChooseLanguageAsync(FlowContext context, TurnInput input)
    {
        if (input is not ButtonInput { Key: "l.en" or "l.zh" } button)
        {
            Prompt(context, "flows.hint.use_buttons");
            return;
        }

        context.RequireMember().Language = button.Key == "l.zh" ? UiLanguage.Chinese : UiLanguage.English;
        context.MarkMemberChanged();
        await FireAsync(context, Trigger.Answer);
    }

    private async Task ChooseRoleAsync(FlowContext context, TurnInput input)
    {
        var role = (input as ButtonInput)?.Key switch
        {
            "r.f" => MemberRoles.Freelancer,
            "r.c" => MemberRoles.Client,
            "r.b" => MemberRoles.Both,
            _ => MemberRoles.None,
        };
        if (role == MemberRoles.None)
        {
            Prompt(context, "flows.hint.use_buttons");
            return;
        }

        context.Draft[RegistrationAnswers.Role] = role.ToString();
        await FireAsync(context, Trigger.Answer);
    }

    private async Task AnswerTextAsync(FlowContext context, TurnInput input)
    {
        var state = _machine.State;
        if (state == State.Bio && input is ButtonInput { Key: Prompts.SkipAction })
        {
            context.Draft.Remove(RegistrationAnswers.Bio);
            await FireAsync(context, Trigger.Answer);
            return;
        }

        var error = RegistrationAnswers.Read(context, state.ToString(), input);
        if (error is not null)
        {
            Prompt(context, error.Key, error.Args);
            return;
        }

        await FireAsync(context, Trigger.Answer);
    }

    private async Task AddPhotoAsync(FlowContext context, TurnInput input)
    {
        if (input is PhotoInput photo)
            context.Draft[RegistrationAnswers.Photo] = photo.FileId;
        else if (input is ButtonInput { Key: Prompts.SkipAction })
            context.Draft.Remove(RegistrationAnswers.Photo);
        else
        {
            Prompt(context, "flows.hint.photo_expected");
            return;
        }

        await FireAsync(context, Trigger.Answer);
    }

    private async Task PickFieldAsync(FlowContext context, TurnInput input)
    {
        var key = (input as ButtonInput)?.Key ?? "";
        if (!key.StartsWith("f.", StringComparison.Ordinal) || !Enum.TryParse<State>(key[2..], out var field) ||
            !RegistrationPrompts.EditableFields.Contains(field.ToString()))
        {
            Prompt(context, "flows.hint.use_buttons");
            return;
        }

        await _machine.FireAsync(_pick, field);
        Prompt(context);
    }

    private async Task FireAsync(FlowContext context, Trigger trigger)
    {
        await _machine.FireAsync(trigger);
        if (_unhandled)
            Prompt(context, "flows.hint.unexpected");
        else if (_machine.State == State.Done)
            Finish(context);
        else
            Prompt(context);
    }

    private void Finish(FlowContext context)
    {
        var member = context.RequireMember();
        RegistrationAnswers.ApplyTo(member, context.Draft);
        context.MarkMemberChanged();
        var editing = Editing;
        context.EndFlow();
        if (editing)
            MemberViews.ShowProfile(context, "flows.profile.saved");
        else if (member.IsVerified)
            MemberViews.ShowMenu(context, "flows.reg.done");
        else
        {
            context.Say("flows.reg.done");
            context.Then(Verification.VerificationFlow.FlowName);
        }
    }

    private void Configure()
    {
        _machine.Configure(State.Start)
            .PermitIf(Trigger.Begin, State.Language, () => !Editing, "new member")
            .PermitIf(Trigger.Begin, State.PickField, () => Editing, "editing profile");
        Sequence(State.Language, State.Role, State.Name, State.Bio, State.Place, State.Languages, State.Photo);
        _machine.Configure(State.PickField)
            .PermitDynamic(_pick, field => field, "chosen field",
            FlowMachine.Choices(RegistrationPrompts.EditableFields));
    }

    private void Sequence(params State[] states)
    {
        for (var i = 0; i < states.Length; i++)
        {
            var next = i + 1 < states.Length ? states[i + 1] : State.Done;
            var config = _machine.Configure(states[i]);
            if (next == State.Done)
                config.Permit(Trigger.Answer, State.Done);
            else
                config.PermitIf(Trigger.Answer, next, () => !Editing, "next question")
                    .PermitIf(Trigger.Answer, State.Done, () => Editing, "field edited");
        }
    }

    private static ConversationState GraphState() =>
        new() { Id = "graph", Channel = ChannelKind.Telegram, ChannelUserId = "graph" };
}
