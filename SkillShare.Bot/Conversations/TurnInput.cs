namespace SkillShare.Bot.Conversations;

/// <summary>What a person sent in one turn, whatever the channel.</summary>
public abstract record TurnInput;

/// <summary>Plain text typed by the person.</summary>
public sealed record TextInput(string Text) : TurnInput;

/// <summary>A slash command such as /start, without the slash and lower-cased; Args is the rest of the line.</summary>
public sealed record CommandInput(string Name, string Args) : TurnInput;

/// <summary>A button press carrying the short key the button was rendered with.</summary>
public sealed record ButtonInput(string Key) : TurnInput;

/// <summary>A shared contact; ContactUserId is the channel user the contact belongs to, when known.</summary>
public sealed record ContactInput(string PhoneNumber, string? ContactUserId) : TurnInput;

/// <summary>A photo; FileId is the channel's handle for it.</summary>
public sealed record PhotoInput(string FileId) : TurnInput;

/// <summary>A submitted form (an Adaptive Card or a web form): field name to value, plus the form's key.</summary>
public sealed record FormInput(string Key, IReadOnlyDictionary<string, string> Fields) : TurnInput;

/// <summary>Something the flows do not read (a sticker, a voice note, a location); Kind says what.</summary>
public sealed record UnsupportedInput(string Kind) : TurnInput;
