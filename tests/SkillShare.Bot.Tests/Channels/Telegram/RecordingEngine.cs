using System.Collections.Concurrent;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;

namespace SkillShare.Bot.Tests.Channels.Telegram;

/// <summary>
/// A stand-in conversation engine for the channel's host tests: records each turn, commits its
/// delivery id like the real engine does, and answers "echo: ..." so the reply path is exercised.
/// </summary>
public sealed class RecordingEngine(IConversationStore store) : IConversationEngine
{
    private readonly ConcurrentQueue<Turn> _turns = new();

    public IReadOnlyList<Turn> Turns => [.. _turns];

    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        _turns.Enqueue(turn);
        store.Commit(new TurnChanges { DeliveryId = turn.DeliveryId });
        var text = turn.Input switch
        {
            TextInput input => "echo: " + input.Text,
            var other => "echo: " + other.GetType().Name,
        };
        return Task.FromResult<IReadOnlyList<Reply>>([Reply.Plain(text)]);
    }
}
