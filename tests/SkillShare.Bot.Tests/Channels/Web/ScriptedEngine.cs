using System.Collections.Concurrent;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Channels.Web;

/// <summary>
/// A tiny stand-in for the conversation engine that keeps its contract: a delivery id seen before
/// is dropped, an old button or form gets "no longer current". It records every turn it handles.
/// </summary>
public sealed class ScriptedEngine : IConversationEngine
{
    public const string CurrentButton = "1:role.freelancer";
    public const string CurrentForm = "offer";

    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public ConcurrentQueue<Turn> Turns { get; } = new();

    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!_seen.TryAdd(turn.DeliveryId, true))
            return Task.FromResult<IReadOnlyList<Reply>>([]);

        Turns.Enqueue(turn);
        return Task.FromResult<IReadOnlyList<Reply>>([Answer(turn.Input)]);
    }

    private static Reply Answer(TurnInput input) => input switch
    {
        CommandInput { Name: "start" } => new Reply
        {
            Text = "Welcome. Who are you?",
            Buttons = [[new ReplyButton("Freelancer", CurrentButton), new ReplyButton("Client", "1:role.client")]],
        },
        ButtonInput { Key: CurrentButton } => new Reply { Text = "Freelancer it is.", EditInPlace = true },
        ButtonInput => Reply.Plain("That button is no longer current."),
        TextInput { Text: "form" } => new Reply { Text = "Your offer:", Form = OfferForm() },
        FormInput { Key: CurrentForm } form => Reply.Plain($"Saved {form.Fields.Count} fields."),
        FormInput => Reply.Plain("That form is no longer current."),
        _ => Reply.Plain("Noted."),
    };

    private static ReplyForm OfferForm() => new(CurrentForm, "Skill offer",
    [
        new FormField("title", "Title", FormFieldKind.Text, Required: true, MaxLength: 80),
        new FormField("rate", "Hourly rate", FormFieldKind.Number, Required: true),
        new FormField("mode", "Where", FormFieldKind.Choice, Required: true,
            Choices: [new ReplyButton("Remote", "remote"), new ReplyButton("On site", "onsite")]),
    ], "Publish", new Dictionary<string, string> { ["rate"] = "A number, please." });
}
