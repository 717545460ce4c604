using System.Collections.Concurrent;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>
/// A test-only conversation engine: records every turn and answers by input kind (text is echoed, a
/// button gets a summary card, a form gets the form back with an error), optionally slowly.
/// </summary>
public sealed class ScriptedEngine : IConversationEngine
{
    public ConcurrentQueue<Turn> Turns { get; } = new();

    public TimeSpan Delay { get; set; }

    public List<Reply> ExtraReplies { get; } = [];

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turn);
        if (Delay > TimeSpan.Zero)
            await Task.Delay(Delay, cancellationToken);

        return [Answer(turn.Input), .. ExtraReplies];
    }

    public static ReplyForm RequestForm(IReadOnlyDictionary<string, string>? errors = null) => new(
        "request", "Talent request",
        [
            new FormField("title", "Title", FormFieldKind.Text, Required: true, MaxLength: 80),
            new FormField("budgetMin", "Budget from", FormFieldKind.Number, Required: true),
        ],
        "Check", errors);

    private static Reply Answer(TurnInput input) => input switch
    {
        TextInput text => Reply.Plain("echo: " + text.Text),
        CommandInput command => Reply.Plain("command: " + command.Name),
        ButtonInput button => new Reply
        {
            Text = "pressed " + button.Key,
            Card = new ReplyCard("Request", [new CardField("Status", "draft")]),
            Buttons = [[new ReplyButton("Publish", "req:publish")]],
        },
        FormInput form => new Reply
        {
            Text = "form " + form.Key,
            Form = RequestForm(new Dictionary<string, string> { ["budgetMin"] = "Write the amount in digits." }),
        },
        _ => Reply.Plain("unsupported"),
    };
}
