using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;
using Stateless;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>
/// Posting a skill offer: title, description, skills, hourly rate, hours per week, remote or on-site
/// with place, then a summary card with Edit and Publish. Nothing is stored until Publish.
/// Started with draft "id" it edits that offer, beginning at the field picker.
/// </summary>
internal sealed class OfferFlow : IFlow
{
    public const string FlowName = "offer";

    private static readonly string[] EditableFields =
    [
        PostFields.Title, PostFields.Description, PostFields.Skills, PostFields.Rate, PostFields.Hours,
        PostFields.Mode,
    ];

    private readonly StateMachine<State, Trigger> _machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<State> _pick;
    private readonly ConversationState _conversation;
    private bool _unhandled;

    public OfferFlow(ConversationState conversation)
    {
        _conversation = conversation;
        _machine = FlowMachine.Create<State, Trigger>(conversation, State.Start, () => _unhandled = true);
        _pick = _machine.SetTriggerParameters<State>(Trigger.Pick);
        Configure();
    }

    private enum State { Start, Title, Description, Skills, Rate, Hours, Mode, Place, Summary, PickField, Done }

    private enum Trigger { Begin, Answer, Edit, Pick, Publish }

    public string Name => FlowName;

    private bool Editing => _conversation.Draft.ContainsKey(PostFields.Editing);

    private bool Existing => _conversation.Draft.ContainsKey(PostFields.PostId);

    private bool OnSite => _conversation.Draft.GetValueOrDefault(PostFields.Mode) == nameof(WorkMode.OnSite);

    public static string Graph() => Stateless.Graph.MermaidGraph.Format(
        new OfferFlow(new ConversationState { Id = "g", Channel = ChannelKind.Telegram, ChannelUserId = "g" })
            ._machine.GetInfo());

    public async Task StartAsync(FlowContext context)
    {
        if (Existing)
        {
            var offer = context.Services.Posts.FindOffer(context.Draft[PostFields.PostId]);
            if (offer is null || offer.MemberId != context.RequireMember().Id || offer.Status == PostStatus.Deleted)
            {
                context.EndFlow();
                MemberViews.ShowMenu(context, "flows.posts.not_found");
                return;
            }

            PostDrafts.LoadOffer(offer, context.Draft);
            context.Draft[PostFields.Editing] = "1";
        }

        await FireAsync(context, Trigger.Begin);
    }

    public Task HandleAsync(FlowContext context, TurnInput input) => _machine.State switch
    {
        State.Mode => ChooseModeAsync(context, input),
        State.Summary => DecideAsync(context, input),
        State.PickField => PickFieldAsync(context, input),
        State.Start or State.Done => StartAsync(context),
        _ => AnswerAsync(context, input),
    };

    public void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs)
    {
        var hint = Hint.From(hintKey, hintArgs);
        switch (_machine.State)
        {
            case State.Summary:
                PostSteps.ShowSummary(context, PostCards.Offer(context, context.Draft), "flows.offer.summary", hint);
                break;
            case State.PickField:
                PostSteps.AskField(context, EditableFields, hint);
                break;
            case State.Mode:
                Prompts.Ask(context, "flows.offer.Mode", hint,
                    [context.Button("flows.offer.remote", "w.r"), context.Button("flows.offer.onsite", "w.o")]);
                break;
            default:
                Prompts.Ask(context, "flows.offer." + _machine.State, hint);
                break;
        }
    }

    private async Task AnswerAsync(FlowContext context, TurnInput input)
    {
        var error = PostFields.Read(context, _machine.State.ToString(), input);
        if (error is not null)
            Prompt(context, error.Key, error.Args);
        else
            await FireAsync(context, Trigger.Answer);
    }

    private async Task ChooseModeAsync(FlowContext context, TurnInput input)
    {
        if (input is not ButtonInput { Key: "w.r" or "w.o" } button)
        {
            Prompt(context, "flows.hint.use_buttons");
            return;
        }

        context.Draft[PostFields.Mode] = button.Key == "w.o" ? nameof(WorkMode.OnSite) : nameof(WorkMode.Remote);
        await FireAsync(context, Trigger.Answer);
    }

    private Task DecideAsync(FlowContext context, TurnInput input) =>
        PostSteps.DecideAsync(context, input,
            () => FireAsync(context, Trigger.Edit),
            async () =>
            {
                await _machine.FireAsync(Trigger.Publish);
                Publish(context);
            },
            hint => Prompt(context, hint));

    private Task PickFieldAsync(FlowContext context, TurnInput input) =>
        PostSteps.PickFieldAsync(_machine, _pick, input, EditableFields, hint => Prompt(context, hint));

    private void Publish(FlowContext context)
    {
        var member = context.RequireMember();
        var existing = Existing ? context.Services.Posts.FindOffer(context.Draft[PostFields.PostId]) : null;
        var offer = existing ?? new SkillOffer
        {
            Id = Guid.CreateVersion7().ToString("N"),
            MemberId = member.Id,
            Status = PostStatus.Published,
            CreatedAt = context.Now,
        };
        PostDrafts.ApplyOffer(context.Draft, offer, context.Now);
        context.Changes.Save(offer);
        Log.PostPublished(context.Services.Logger, member.Id, FlowName, offer.Id);
        context.EndFlow();
        MemberViews.ShowMenu(context, existing is null ? "flows.offer.published" : "flows.posts.saved");
    }

    private async Task FireAsync(FlowContext context, Trigger trigger)
    {
        await _machine.FireAsync(trigger);
        if (trigger == Trigger.Edit || _machine.State == State.Summary)
            context.Draft[PostFields.Editing] = "1";
        Prompt(context, _unhandled ? "flows.hint.unexpected" : null);
    }

    private void Configure()
    {
        _machine.Configure(State.Start)
            .PermitIf(Trigger.Begin, State.Title, () => !Existing, "new offer")
            .PermitIf(Trigger.Begin, State.PickField, () => Existing, "editing an offer");
        PostSteps.Sequence(_machine, Trigger.Answer, () => Editing, State.Summary,
            State.Title, State.Description, State.Skills, State.Rate, State.Hours);
        _machine.Configure(State.Hours).PermitIf(Trigger.Answer, State.Mode, () => !Editing, "next question");
        _machine.Configure(State.Mode)
            .PermitIf(Trigger.Answer, State.Place, () => OnSite, "on-site")
            .PermitIf(Trigger.Answer, State.Summary, () => !OnSite, "remote");
        _machine.Configure(State.Place).Permit(Trigger.Answer, State.Summary);
        _machine.Configure(State.Summary)
            .Permit(Trigger.Edit, State.PickField)
            .Permit(Trigger.Publish, State.Done);
        _machine.Configure(State.PickField).PermitDynamic(_pick, field => field, "chosen field",
            FlowMachine.Choices(EditableFields));
    }
}
