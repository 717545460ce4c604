using SkillShare.Bot.Conversations;

namespace SkillShare.EndToEnd.Tests.Telegram;

/// <summary>A minimal engine for the channel round trip: echoes text with a button, edits on press.</summary>
public sealed class ButtonEchoEngine : IConversationEngine
{
    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        Reply reply = turn.Input switch
        {
            TextInput text => new Reply
            {
                Text = "you said: " + text.Text,
                Buttons = [[new ReplyButton("Again", "again")]],
            },
            ButtonInput button => new Reply { Text = "pressed " + button.Key, EditInPlace = true },
            _ => Reply.Plain("?"),
        };
        return Task.FromResult<IReadOnlyList<Reply>>([reply]);
    }
}
