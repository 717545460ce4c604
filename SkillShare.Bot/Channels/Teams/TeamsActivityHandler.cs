using SkillShare.Bot.Channels.Teams.Protocol;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>
/// Dispatches an authenticated activity by type: messages run a turn, the bot's own install gets a
/// welcome card and stores the reference, card actions are answered in the HTTP response; anything
/// else is acknowledged and ignored.
/// </summary>
public sealed class TeamsActivityHandler(
    TurnRunner runner,
    ReplyDelivery delivery,
    TeamsConversations conversations,
    TeamsInvokeHandler invokes,
    ILogger<TeamsActivityHandler> logger)
{
    public Task<IResult> HandleAsync(BotActivity activity, CancellationToken cancellationToken) =>
        activity.Type switch
        {
            ActivityTypes.Message => OnMessageAsync(activity, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(activity, cancellationToken),
            ActivityTypes.InstallationUpdate => Task.FromResult(OnInstallationUpdate(activity)),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction =>
                invokes.HandleAsync(activity, cancellationToken),
            _ => Task.FromResult(Ignore(activity)),
        };

    private async Task<IResult> OnMessageAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        if (TurnFactory.FromActivity(activity) is not { } turn)
            return Ignore(activity);

        var reference = ConversationReference.FromActivity(activity);
        var replies = await runner.RunAsync(turn, reference, cancellationToken);
        await delivery.DeliverAsync(reference, activity.Id, activity.ReplyToId, replies, cancellationToken);
        return Results.Ok();
    }

    private async Task<IResult> OnConversationUpdateAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.From?.Id is null || activity.MembersAdded?.Any(m => m.Id == botId) != true)
            return Ignore(activity);

        var reference = ConversationReference.FromActivity(activity);
        conversations.Remember(reference, TurnFactory.SenderId(activity));
        await delivery.DeliverAsync(reference, null, null, [Welcome(activity.Locale)], cancellationToken);
        return Results.Ok();
    }

    private IResult OnInstallationUpdate(BotActivity activity)
    {
        Log.Installation(logger, activity.Action, activity.Conversation?.ConversationType);
        if (activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
            conversations.Remember(ConversationReference.FromActivity(activity), TurnFactory.SenderId(activity));
        return Results.Ok();
    }

    private IResult Ignore(BotActivity activity)
    {
        Log.Ignored(logger, activity.Type, activity.Name);
        return Results.Ok();
    }

    private static Reply Welcome(string? locale)
    {
        var language = UiLanguages.FromLanguageCode(locale);
        var texts = Texts.Default;
        return new Reply
        {
            Text = texts.Get(language, "teams.welcome.text"),
            Card = new ReplyCard(texts.Get(language, "teams.welcome.title"), []),
        };
    }
}
