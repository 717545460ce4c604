using System.Text.Json.Nodes;
using SkillShare.Bot.Channels.Teams.Protocol;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Teams.Cards;

/// <summary>
/// Renders a channel-neutral reply the Teams way: plain text alone as a message, anything with buttons,
/// a card or a form as one Adaptive Card (buttons become Action.Submit carrying the short key).
/// </summary>
public static class ReplyRenderer
{
    public static bool NeedsCard(Reply reply) =>
        reply.Buttons.Count > 0 || reply.Card is not null || reply.Form is not null;

    public static BotActivity ToActivity(Reply reply, ConversationReference to, string? replyToId)
    {
        var activity = new BotActivity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = to.BotId, Name = to.BotName },
            Recipient = new ChannelAccount { Id = to.UserId, Name = to.UserName },
            Conversation = new ConversationAccount { Id = to.ConversationId, TenantId = to.TenantId },
            ReplyToId = replyToId,
        };
        if (!NeedsCard(reply))
        {
            activity.Text = reply.Text;
            activity.TextFormat = "plain";
            return activity;
        }

        activity.Attachments =
            [new ActivityAttachment { ContentType = ActivityAttachment.AdaptiveCardType, Content = ToCard(reply) }];
        return activity;
    }

    public static JsonObject ToCard(Reply reply)
    {
        var card = new AdaptiveCardBuilder();
        if (reply.Card is { } summary)
            card.Text(summary.Title, heading: true);
        if (!string.IsNullOrWhiteSpace(reply.Text))
            card.Text(reply.Text);
        if (reply.Card is { Fields.Count: > 0 })
            card.Facts(reply.Card.Fields);
        if (reply.Form is { } form)
            AddForm(card, form);
        foreach (var button in reply.Buttons.SelectMany(row => row))
            card.Submit(button.Label, CardData.Button(button.Key), withInputs: reply.Form is null);
        return card.Build();
    }

    private static void AddForm(AdaptiveCardBuilder card, ReplyForm form)
    {
        card.Text(form.Title, heading: true);
        foreach (var field in form.Fields)
            card.Input(field, form.Errors is { } errors && errors.TryGetValue(field.Name, out var e) ? e : null);
        card.Submit(form.SubmitLabel, CardData.Form(form.Key));
    }
}
