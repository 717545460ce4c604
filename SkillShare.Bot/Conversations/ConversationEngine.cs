using SkillShare.Bot.Flows;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Conversations;

/// <summary>
/// Runs turns one at a time per conversation: drops duplicate deliveries, finds or creates the
/// member, runs the flow and commits every change of the turn in one store transaction. Any failure
/// commits nothing and answers "something went wrong" instead of throwing.
/// </summary>
internal sealed class ConversationEngine(
    IConversationStore conversations,
    IMemberStore members,
    FlowServices services,
    ILogger<ConversationEngine> logger) : IConversationEngine
{
    private readonly KeyedLock _locks = new();

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        using var held = await _locks.AcquireAsync(turn.ConversationId, cancellationToken);
        FlowContext? context = null;
        try
        {
            if (conversations.WasProcessed(turn.DeliveryId))
            {
                Log.DuplicateDelivery(logger, turn.DeliveryId, turn.Channel);
                return [];
            }

            context = Load(turn, out var newMember);
            await TurnRouter.RouteAsync(context, newMember);
            Commit(context);
            return context.Replies;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, exception, turn.Channel,
                context?.Conversation.Flow ?? "", context?.Conversation.State ?? "");
            var language = context?.Language ?? UiLanguages.FromLanguageCode(turn.LanguageCode);
            return [Reply.Plain(services.Texts.Get(language, FlowTexts.SomethingWentWrong))];
        }
    }

    private FlowContext Load(Turn turn, out bool newMember)
    {
        var conversation = conversations.Find(turn.ConversationId) ?? new ConversationState
        {
            Id = turn.ConversationId,
            Channel = turn.Channel,
            ChannelUserId = turn.SenderId,
        };
        foreach (var (key, value) in turn.Address)
            conversation.Address[key] = value;

        var context = new FlowContext(turn, conversation, services);
        var identity = new ChannelIdentity(turn.Channel, turn.SenderId);
        context.Member = members.FindByIdentity(identity);
        newMember = context.Member is null;
        if (newMember)
            context.Member = CreateMember(context, identity);
        conversation.MemberId = context.Member!.Id;
        return context;
    }

    private Member CreateMember(FlowContext context, ChannelIdentity identity)
    {
        var member = new Member
        {
            Id = Guid.CreateVersion7().ToString("N"),
            Identities = [identity],
            Language = UiLanguages.FromLanguageCode(context.Turn.LanguageCode),
            CreatedAt = context.Now,
        };
        context.MarkMemberChanged();
        Log.MemberCreated(logger, member.Id, identity.Channel);
        return member;
    }

    private void Commit(FlowContext context)
    {
        var conversation = context.Conversation;
        conversation.UpdatedAt = context.Now;
        var changes = context.Changes;
        changes.DeliveryId = context.Turn.DeliveryId;
        changes.Conversation = conversation;
        if (context.MemberChanged)
            changes.Save(context.RequireMember());
        foreach (var hook in services.Hooks)
            hook.BeforeCommit(context);
        conversations.Commit(changes);
        Log.Moved(logger, conversation.Flow, conversation.State, conversation.Step);
        foreach (var hook in services.Hooks)
            hook.AfterCommit(context);
    }
}
