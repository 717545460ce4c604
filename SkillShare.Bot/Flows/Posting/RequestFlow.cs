using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;
using Stateless;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>
/// Posting a talent request: title, description, required skills, budget from and to (one currency),
/// hours per week, deadline (a date in the member's zone, not past), then a summary card with Edit
/// and Publish. Nothing is stored until Publish. Started with draft "id" it edits that request.
/// </summary>
internal sealed class RequestFlow : IFlow
{
    public const string FlowName = "request";

    private static readonly string[] EditableFields =
        [
            PostFields.Title, PostFields.Description, PostFields.Skills, PostFields.BudgetMin, PostFields.Hours,
            PostFields.Deadline,
        ];

    private readonly StateMachine<State, Trigger> _machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<State> _pick;
    private readonly ConversationState _conversation;
    private bool _unhandled;

    public RequestFlow(ConversationState conversation)
    {
        _conversation = conversation;
        _machine = FlowMachine.Create<State, Trigger>(conversation, State.Start, () => _unhandled = true);
        _pick = _machine.SetTriggerParameters<State>(Trigger.Pick);
        Configure();
    }

    private enum State
    {
        Start, Title, Description, Skills, BudgetMin, BudgetMax, Hours, Deadline, Summary, PickField, Done, Form,
    }

    private enum Trigger { Begin, Answer, Edit, Pick, Publish }

    public string Name => FlowName;

    private bool Editing => _conversation.Draft.ContainsKey(PostFields.Editing);

    private bool Existing => _conversation.Draft.ContainsKey(PostFields.PostId);

    private bool UsesForm => RequestForm.Renders(_conversation.Channel);

    public static string Graph() => Stateless.Graph.MermaidGraph.Format(
        new RequestFlow(new ConversationState { Id = "g", Channel = ChannelKind.Telegram, ChannelUserId = "g" })
            ._machine.GetInfo());

    public async Task StartAsync(FlowContext context)
    {
        if (Existing)
        {
            var request = context.Services.Posts.FindRequest(context.Draft[PostFields.PostId]);
            if (request is null || request.MemberId != context.RequireMember().Id ||
                request.Status == PostStatus.Deleted)
            {
                context.EndFlow();
                MemberViews.ShowMenu(context, "flows.posts.not_found");
                return;
            }

            PostDrafts.LoadRequest(request, context.Draft);
            context.Draft[PostFields.Editing] = "1";
        }

        await FireAsync(context, Trigger.Begin);
    }

    public Task HandleAsync(FlowContext context, TurnInput input) => _machine.State switch
    {
        State.Summary => DecideAsync(context, input),
        State.PickField => PickFieldAsync(context, input),
        State.Form => FormAsync(context, input),
        State.Start or State.Done => StartAsync(context),
        _ => AnswerAsync(context, input),
    };

    public void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs)
    {
        var hint = Hint.From(hintKey, hintArgs);
        switch (_machine.State)
        {
            case State.Summary:
                var card = PostCards.Request(context, context.Draft);
                PostSteps.ShowSummary(context, card, "flows.request.summary", hint);
                break;
            case State.PickField:
                PostSteps.AskField(context, EditableFields, hint);
                break;
            case State.Form:
                RequestForm.Show(context, hint);
                break;
            default:
                Prompts.Ask(context, "flows.request." + _machine.State, hint);
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

    private async Task FormAsync(FlowContext context, TurnInput input)
    {
        if (RequestFormReader.Read(context, input))
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
        var existing = Existing ? context.Services.Posts.FindRequest(context.Draft[PostFields.PostId]) : null;
        var request = existing ?? new TalentRequest
        {
            Id = Guid.CreateVersion7().ToString("N"),
            MemberId = member.Id,
            Status = PostStatus.Published,
            CreatedAt = context.Now,
        };
        PostDrafts.ApplyRequest(context.Draft, request, context.Now);
        context.Changes.Save(request);
        Log.PostPublished(context.Services.Logger, member.Id, FlowName, request.Id);
        context.EndFlow();
        MemberViews.ShowMenu(context, existing is null ? "flows.request.published" : "flows.posts.saved");
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
            .PermitIf(Trigger.Begin, State.Title, () => !Existing && !UsesForm, "new request, field by field")
            .PermitIf(Trigger.Begin, State.PickField, () => Existing && !UsesForm, "editing one field")
            .PermitIf(Trigger.Begin, State.Form, () => UsesForm, "channel renders forms");
        _machine.Configure(State.Form).Permit(Trigger.Answer, State.Summary);
        PostSteps.Sequence(_machine, Trigger.Answer, () => Editing, State.Summary,
            State.Title, State.Description, State.Skills);
        _machine.Configure(State.Skills).PermitIf(Trigger.Answer, State.BudgetMin, () => !Editing, "next question");
        _machine.Configure(State.BudgetMin).Permit(Trigger.Answer, State.BudgetMax);
        PostSteps.Sequence(_machine, Trigger.Answer, () => Editing, State.Summary,
            State.BudgetMax, State.Hours);
        _machine.Configure(State.Hours).PermitIf(Trigger.Answer, State.Deadline, () => !Editing, "next question");
        _machine.Configure(State.Deadline).Permit(Trigger.Answer, State.Summary);
        _machine.Configure(State.Summary)
            .PermitIf(Trigger.Edit, State.PickField, () => !UsesForm, "one field")
            .PermitIf(Trigger.Edit, State.Form, () => UsesForm, "the whole form")
            .Permit(Trigger.Publish, State.Done);
        _machine.Configure(State.PickField).PermitDynamic(_pick, field => field, "chosen field",
            FlowMachine.Choices(EditableFields));
    }
}
