namespace SkillShare.Bot.Conversations;

/// <summary>A button: the label shown and the short key sent back when pressed (at most 64 bytes).</summary>
public sealed record ReplyButton(string Label, string Key);

/// <summary>A field of a summary card: a label and its value, both already in the member's language.</summary>
public sealed record CardField(string Label, string Value);

/// <summary>A summary card: a title and labelled fields, e.g. a skill offer before publishing.</summary>
public sealed record ReplyCard(string Title, IReadOnlyList<CardField> Fields);

/// <summary>A field of a form (rendered as an Adaptive Card input or an HTML input).</summary>
public sealed record FormField(string Name, string Label, FormFieldKind Kind, bool Required, string? Value = null,
    IReadOnlyList<ReplyButton>? Choices = null, int? MaxLength = null);

public enum FormFieldKind
{
    Text,
    MultilineText,
    Number,
    Date,
    Choice,
}

/// <summary>A whole form in one reply: Key routes the submit back, Errors sit beside their fields.</summary>
public sealed record ReplyForm(string Key, string Title, IReadOnlyList<FormField> Fields, string SubmitLabel,
    IReadOnlyDictionary<string, string>? Errors = null);

/// <summary>What the reply asks of the channel's own keyboard, beyond inline buttons.</summary>
public enum KeyboardRequest
{
    None,

    /// <summary>Ask the person to share their own phone contact (Telegram's request_contact).</summary>
    RequestContact,

    /// <summary>Take away a keyboard shown earlier.</summary>
    Remove,
}

/// <summary>
/// A reply, channel-neutral: plain text (the channel escapes it), optional buttons in rows,
/// an optional card or form, and whether it replaces the message whose button was pressed.
/// </summary>
public sealed record Reply
{
    public required string Text { get; init; }

    public IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons { get; init; } = [];

    public ReplyCard? Card { get; init; }

    public ReplyForm? Form { get; init; }

    public KeyboardRequest Keyboard { get; init; }

    /// <summary>The label of the channel keyboard's button, e.g. "Share my phone number" for RequestContact.</summary>
    public string? KeyboardLabel { get; init; }

    /// <summary>Edit the message the pressed button belonged to instead of sending a new one.</summary>
    public bool EditInPlace { get; init; }

    public static Reply Plain(string text) => new() { Text = text };
}
