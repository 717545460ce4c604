using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using Stateless;

namespace SkillShare.Bot.Flows.Verification;

/// <summary>
/// Phone verification; the channel decides the proof. Telegram: the member's own shared contact.
/// Web: a one-time code, written to the host log as a local stand-in for an SMS. Teams will prove
/// the member by tenant; until then that branch says verification is not available there.
/// </summary>
internal sealed class VerificationFlow : IFlow
{
    public const string FlowName = "verification";

    private readonly StateMachine<State, Trigger> _machine;
    private readonly ConversationState _conversation;
    private bool _unhandled;

    public VerificationFlow(ConversationState conversation)
    {
        _conversation = conversation;
        _machine = FlowMachine.Create<State, Trigger>(conversation, State.Start, () => _unhandled = true);
        Configure();
    }

    private enum State { Start, AwaitContact, AwaitPhone, AwaitCode, Unavailable, Done }

    private enum Trigger { Begin, Proved, CodeSent, CodeRetired }

    public string Name => FlowName;

    public static string Graph() => Stateless.Graph.MermaidGraph.Format(
        new VerificationFlow(new ConversationState { Id = "g", Channel = ChannelKind.Telegram, ChannelUserId = "g" })
            ._machine.GetInfo());

    public async Task StartAsync(FlowContext context)
    {
        if (context.RequireMember().IsVerified)
        {
            context.EndFlow();
            MemberViews.ShowMenu(context, "flows.verify.already");
            return;
        }

        await FireAsync(context, Trigger.Begin);
    }

    public Task HandleAsync(FlowContext context, TurnInput input) => _machine.State switch
    {
        State.AwaitContact => ReadContactAsync(context, input),
        State.AwaitPhone => ReadPhoneAsync(context, input),
        State.AwaitCode => ReadCodeAsync(context, input),
        _ => StartAsync(context),
    };

    public void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs)
    {
        var hint = Hint.From(hintKey, hintArgs);
        if (_machine.State == State.AwaitContact)
            VerificationProofs.AskForContact(context, hint);
        else
            Prompts.Ask(context, _machine.State == State.AwaitCode ? "flows.verify.code" : "flows.verify.phone", hint);
    }

    private async Task ReadContactAsync(FlowContext context, TurnInput input)
    {
        if (input is not ContactInput contact)
        {
            Prompt(context, "flows.verify.use_share_button");
            return;
        }

        if (!string.Equals(contact.ContactUserId, context.Turn.SenderId, StringComparison.Ordinal))
        {
            Log.ForeignContactRefused(context.Services.Logger, context.RequireMember().Id);
            Prompt(context, "flows.verify.not_yours");
            return;
        }

        await ProveAsync(context, context.Services.PhoneKey.Protect(contact.PhoneNumber),
            VerificationMethod.TelegramContact);
    }

    private async Task ReadPhoneAsync(FlowContext context, TurnInput input)
    {
        var error = VerificationProofs.IssueCode(context, input);
        if (error is not null)
        {
            Prompt(context, error);
            return;
        }

        await FireAsync(context, Trigger.CodeSent);
    }

    private async Task ReadCodeAsync(FlowContext context, TurnInput input)
    {
        var outcome = VerificationProofs.CheckCode(context, input);
        if (outcome == CodeOutcome.Accepted)
            await ProveAsync(context, context.Draft[VerificationProofs.PhoneHash], VerificationMethod.OneTimeCode);
        else if (outcome is CodeOutcome.Expired or CodeOutcome.TooManyTries)
            await RetireCodeAsync(context, outcome);
        else if (outcome == CodeOutcome.NotACode && input is TextInput { Text: var text }
                 && VerificationProofs.LooksLikePhoneNumber(text))
            await TryAnotherNumberAsync(context, input);
        else
            Prompt(context, outcome == CodeOutcome.Wrong ? "flows.verify.code_wrong" : "flows.verify.code_format");
    }

    /// <summary>A new number typed while a code is awaited: the old code is dropped, a new one sent.</summary>
    private async Task TryAnotherNumberAsync(FlowContext context, TurnInput input)
    {
        await _machine.FireAsync(Trigger.CodeRetired);
        await ReadPhoneAsync(context, input);
    }

    private async Task RetireCodeAsync(FlowContext context, CodeOutcome outcome)
    {
        await _machine.FireAsync(Trigger.CodeRetired);
        Prompt(context, outcome == CodeOutcome.Expired ? "flows.verify.code_expired" : "flows.verify.code_tries");
    }

    private async Task ProveAsync(FlowContext context, string phoneHash, VerificationMethod method)
    {
        var member = context.RequireMember();
        var owner = context.Services.Members.FindByPhoneHash(phoneHash);
        if (owner is not null && owner.Id != member.Id)
        {
            Prompt(context, "flows.verify.phone_taken");
            return;
        }

        VerificationProofs.MarkVerified(context, member, phoneHash, method);
        await FireAsync(context, Trigger.Proved);
    }

    private async Task FireAsync(FlowContext context, Trigger trigger)
    {
        await _machine.FireAsync(trigger);
        if (_unhandled)
            Prompt(context, "flows.hint.unexpected");
        else if (_machine.State is State.Done or State.Unavailable)
            Finish(context, _machine.State == State.Done ? "flows.verify.done" : "flows.verify.unavailable");
        else
            Prompt(context);
    }

    private static void Finish(FlowContext context, string messageKey)
    {
        context.EndFlow();
        context.Send(new Reply { Text = context.Text(messageKey), Keyboard = KeyboardRequest.Remove });
        MemberViews.ShowMenu(context);
    }

    private void Configure()
    {
        _machine.Configure(State.Start)
            .PermitIf(Trigger.Begin, State.AwaitContact, () => _conversation.Channel == ChannelKind.Telegram,
                "Telegram: shared contact")
            .PermitIf(Trigger.Begin, State.AwaitPhone, () => _conversation.Channel == ChannelKind.Web,
                "Web: one-time code")
            .PermitIf(Trigger.Begin, State.Unavailable, () => _conversation.Channel == ChannelKind.Teams,
                "Teams: tenant (later)");
        _machine.Configure(State.AwaitContact).Permit(Trigger.Proved, State.Done);
        _machine.Configure(State.AwaitPhone).Permit(Trigger.CodeSent, State.AwaitCode);
        _machine.Configure(State.AwaitCode)
            .Permit(Trigger.Proved, State.Done)
            .Permit(Trigger.CodeRetired, State.AwaitPhone);
    }
}
