using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SkillShare.Bot.Channels.Teams.Cards;
using SkillShare.Bot.Channels.Teams.Protocol;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>
/// Answers an adaptiveCard/action invoke in the same HTTP response with the replacement card. A turn
/// slower than the budget gets a "working on it" card now and its replies as proactive messages later.
/// </summary>
public sealed class TeamsInvokeHandler(
    TurnRunner runner,
    ReplyDelivery delivery,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<TeamsInvokeHandler> logger)
{
    public const string CardResponseType = "application/vnd.microsoft.card.adaptive";

    public async Task<IResult> HandleAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        if (TurnFactory.FromActivity(activity) is not { Input: ButtonInput or FormInput } turn)
            return Error(StatusCodes.Status400BadRequest, "The card action carries no SkillShare data.");

        var reference = ConversationReference.FromActivity(activity);
        var work = RunDetachedAsync(turn, reference);
        var budget = Task.Delay(options.Value.InvokeReplyBudget, time, cancellationToken);
        if (await Task.WhenAny(work, budget) != work)
        {
            _ = FinishLaterAsync(work, reference, []);
            return CardResponse(ReplyRenderer.ToCard(Reply.Plain(Text(activity, "teams.invoke.working"))));
        }

        var replies = await work;
        var first = replies.Count > 0 ? replies[0] : Reply.Plain(Text(activity, "teams.invoke.done"));
        if (replies.Count > 1)
            _ = FinishLaterAsync(work, reference, replies.Skip(1).ToList());
        return CardResponse(ReplyRenderer.ToCard(first));
    }

    private async Task<IReadOnlyList<Reply>> RunDetachedAsync(Turn turn, ConversationReference reference)
    {
        await Task.Yield();
        return await runner.RunAsync(turn, reference, CancellationToken.None);
    }

    /// <summary>Sends replies proactively once the turn is done (the given ones, or all of the turn's).</summary>
    private async Task FinishLaterAsync(Task<IReadOnlyList<Reply>> work, ConversationReference reference,
        List<Reply> remaining)
    {
        try
        {
            var replies = remaining.Count > 0 ? remaining : await work;
            await delivery.DeliverAsync(reference, null, null, replies, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.BackgroundFailed(logger, exception);
        }
    }

    private static string Text(BotActivity activity, string key) =>
        Texts.Default.Get(UiLanguages.FromLanguageCode(activity.Locale), key);

    private static IResult CardResponse(JsonObject card) =>
        Results.Json(new JsonObject { ["statusCode"] = 200, ["type"] = CardResponseType, ["value"] = card });

    private static IResult Error(int status, string message) => Results.Json(new JsonObject
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = message },
    }, statusCode: status);
}
