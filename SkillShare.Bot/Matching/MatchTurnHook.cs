using SkillShare.Bot.Conversations;
using SkillShare.Bot.Flows;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Matching;

/// <summary>
/// Matching's part in every turn: answers match buttons and relays "talk to" texts before any flow,
/// matches posts published in the turn inside the turn's own transaction, then keeps the offer index
/// and the model current and wakes the dispatcher.
/// </summary>
internal sealed class MatchTurnHook(
    PublishMatcher matcher,
    MatchAnswers answers,
    MatchRelay relay,
    OfferIndexService offers,
    MatchModelService model,
    IMemberStore members,
    OutboxSignal signal,
    ILogger<MatchTurnHook> logger) : ITurnHook
{
    public Task<bool> TryHandleAsync(FlowContext context, IFlow? flow)
    {
        var input = context.Turn.Input;
        var key = (input as ButtonInput)?.Key ?? "";
        if (key.StartsWith(MatchKinds.ButtonPrefix, StringComparison.Ordinal))
            answers.Press(context, flow, key);
        else if (key.StartsWith(MatchKinds.WidenPrefix, StringComparison.Ordinal))
            RequestWidening.Press(context, flow, key);
        else if (input is TextInput text && context.Conversation.Flow == TalkFlow.FlowName)
            relay.Relay(context, text.Text);
        else
            return Task.FromResult(false);
        return Task.FromResult(true);
    }

    public void BeforeCommit(FlowContext context)
    {
        var changes = context.Changes;
        foreach (var request in changes.Requests.Where(r => r.Status == PostStatus.Published).ToList())
            Guard("request", request.Id, () => MatchRequest(context, request));
        foreach (var offer in changes.Offers.Where(o => o.Status == PostStatus.Published).ToList())
        {
            if (Author(context, offer.MemberId) is { } freelancer)
                Guard("offer", offer.Id, () => matcher.MatchOffer(offer, freelancer, changes, context.Now));
        }
    }

    public void AfterCommit(FlowContext context)
    {
        var changes = context.Changes;
        try
        {
            offers.Refresh(changes.Offers);
            offers.RefreshMembers(changes.Members);
            model.Learn(changes.Matches);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.AfterCommitFailed(logger, exception);
        }

        if (changes.Notifications.Count > 0)
            signal.Notify();
    }

    private void MatchRequest(FlowContext context, TalentRequest request)
    {
        var client = Author(context, request.MemberId);
        if (client is null)
            return;
        var found = matcher.MatchRequest(request, client, context.Changes, context.Now);
        if (!found && client.Id == context.Member?.Id)
            RequestWidening.Offer(context, request);
    }

    private Member? Author(FlowContext context, string memberId) =>
        context.Member?.Id == memberId ? context.Member : members.FindById(memberId);

    /// <summary>A matching failure must not lose the publish: it is logged and the sweep tries again.</summary>
    private void Guard(string kind, string postId, Action match)
    {
        try
        {
            match();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.MatchingFailed(logger, exception, kind, postId);
        }
    }
}
