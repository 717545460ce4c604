using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Web;

/// <summary>
/// A reply as the page draws it: an id (so a later reply can replace it), the text, buttons in
/// rows, a card, a form. The page escapes every string; nothing here is HTML.
/// </summary>
public sealed record WebMessage
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons { get; init; } = [];

    public ReplyCard? Card { get; init; }

    public WebForm? Form { get; init; }

    /// <summary>The id of the message this one replaces (edit-in-place), if any.</summary>
    public string? Replaces { get; init; }

    /// <summary>True for messages that arrived later, not as the answer to a post.</summary>
    public bool Pushed { get; init; }

    /// <summary>
    /// Builds the page's view of a reply. KeyboardRequest has no web counterpart: a contact request
    /// is never sent to the web (the flows verify web members with a one-time code instead), and
    /// there is no keyboard to remove.
    /// </summary>
    public static WebMessage From(Reply reply, string? sourceMessageId, bool pushed) => new()
    {
        Id = "m" + Guid.NewGuid().ToString("N")[..12],
        Text = reply.Text,
        Buttons = reply.Buttons,
        Card = reply.Card,
        Form = reply.Form is null ? null : WebForm.From(reply.Form),
        Replaces = reply.EditInPlace ? sourceMessageId : null,
        Pushed = pushed,
    };
}
