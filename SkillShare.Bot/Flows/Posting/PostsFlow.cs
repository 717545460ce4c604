using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;
using Stateless;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>
/// /offers and /requests: the member's posts, each with pause or resume, close, edit and delete; delete
/// asks for confirmation first. Draft "kind" says which posts ("offer" or "request").
/// </summary>
internal sealed class PostsFlow : IFlow
{
    public const string FlowName = "posts";
    public const string KindKey = "kind";

    private const string PostKey = "post";

    private readonly StateMachine<State, Trigger> _machine;
    private readonly ConversationState _conversation;
    private bool _unhandled;

    public PostsFlow(ConversationState conversation)
    {
        _conversation = conversation;
        _machine = FlowMachine.Create<State, Trigger>(conversation, State.Start, () => _unhandled = true);
        Configure();
    }

    private enum State { Start, Listing, ConfirmDelete }

    private enum Trigger { Begin, ChangeStatus, AskDelete, Confirm, Keep }

    public string Name => FlowName;

    private string Kind => _conversation.Draft.GetValueOrDefault(KindKey, MemberPosts.Offers);

    public static string Graph() => Stateless.Graph.MermaidGraph.Format(
        new PostsFlow(new ConversationState { Id = "g", Channel = ChannelKind.Telegram, ChannelUserId = "g" })
            ._machine.GetInfo());

    public async Task StartAsync(FlowContext context)
    {
        await _machine.FireAsync(Trigger.Begin);
        Prompt(context);
    }

    public Task HandleAsync(FlowContext context, TurnInput input)
    {
        var key = (input as ButtonInput)?.Key ?? "";
        if (_machine.State == State.ConfirmDelete)
            return DecideDeleteAsync(context, key);
        if (_machine.State == State.Listing && key.Length > 2 && key[1] == '.')
            return ActAsync(context, key[0], key[2..]);

        Prompt(context, "flows.hint.use_buttons");
        return Task.CompletedTask;
    }

    public void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs)
    {
        if (hintKey is not null)
            context.Say(hintKey, hintArgs);
        if (_machine.State == State.ConfirmDelete)
            AskDelete(context);
        else
            PostList.Show(context, Kind);
    }

    private async Task ActAsync(FlowContext context, char action, string postId)
    {
        var post = MemberPosts.Find(context, Kind, postId);
        if (post is null)
        {
            Prompt(context, "flows.posts.not_found");
            return;
        }

        switch (action)
        {
            case 'p' or 'r':
                await ChangeStatusAsync(context, post, action == 'p' ? PostStatus.Paused : PostStatus.Published);
                break;
            case 'c':
                await ChangeStatusAsync(context, post, PostStatus.Closed);
                break;
            case 'e':
                context.EndFlow();
                context.Then(Kind == MemberPosts.Offers ? OfferFlow.FlowName : RequestFlow.FlowName,
                    new Dictionary<string, string>(StringComparer.Ordinal) { [PostFields.PostId] = post.Id });
                break;
            case 'd':
                context.Draft[PostKey] = post.Id;
                await _machine.FireAsync(Trigger.AskDelete);
                Prompt(context);
                break;
            default:
                Prompt(context, "flows.hint.use_buttons");
                break;
        }
    }

    private async Task ChangeStatusAsync(FlowContext context, PostEntry post, PostStatus wanted)
    {
        if (!Allowed(post, wanted))
        {
            context.Say(post.Expired ? "flows.posts.expired" : "flows.posts.status_unchanged");
            return;
        }

        await _machine.FireAsync(Trigger.ChangeStatus);
        post.SetStatus(context, wanted);
        var updated = post with { Status = wanted };
        context.Send(new Reply
        {
            Text = context.Text(wanted switch
            {
                PostStatus.Paused => "flows.posts.paused",
                PostStatus.Closed => "posts.closed",
                _ => "flows.posts.resumed",
            }),
            Card = updated.Card(context),
            Buttons = [PostList.Buttons(context, updated)],
            EditInPlace = true,
        });
    }

    /// <summary>Pause a published post, resume a paused one that has not expired, close either.</summary>
    private static bool Allowed(PostEntry post, PostStatus wanted) => wanted switch
    {
        PostStatus.Paused => post.Status == PostStatus.Published,
        PostStatus.Closed => post.Status is PostStatus.Published or PostStatus.Paused,
        _ => post.Status == PostStatus.Paused && !post.Expired,
    };

    private async Task DecideDeleteAsync(FlowContext context, string key)
    {
        var post = MemberPosts.Find(context, Kind, context.Draft.GetValueOrDefault(PostKey, ""));
        if (key == "yes" && post is not null)
        {
            post.SetStatus(context, PostStatus.Deleted);
            context.Draft.Remove(PostKey);
            await _machine.FireAsync(Trigger.Confirm);
            Prompt(context, "flows.posts.deleted", post.Title);
        }
        else if (key == "no" || post is null)
        {
            context.Draft.Remove(PostKey);
            await _machine.FireAsync(Trigger.Keep);
            Prompt(context, post is null ? "flows.posts.not_found" : "flows.posts.kept");
        }
        else
        {
            Prompt(context, _unhandled ? "flows.hint.unexpected" : "flows.hint.use_buttons");
        }
    }

    private void AskDelete(FlowContext context)
    {
        var post = MemberPosts.Find(context, Kind, context.Draft.GetValueOrDefault(PostKey, ""));
        context.Send(new Reply
        {
            Text = context.Text("flows.posts.confirm_delete", post?.Title ?? "—"),
            Buttons =
            [
                [context.Button("flows.posts.delete_yes", "yes"), context.Button("flows.posts.delete_no", "no")],
            ],
        });
    }

    private void Configure()
    {
        _machine.Configure(State.Start).Permit(Trigger.Begin, State.Listing);
        _machine.Configure(State.Listing)
            .InternalTransitionIf(Trigger.ChangeStatus, _ => true, () => { }, "pause, resume or close, step kept")
            .Permit(Trigger.AskDelete, State.ConfirmDelete);
        _machine.Configure(State.ConfirmDelete)
            .Permit(Trigger.Confirm, State.Listing)
            .Permit(Trigger.Keep, State.Listing);
    }
}
