using System.Collections.Concurrent;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Notifications;

/// <summary>A channel edge that records what it was asked to send and answers with scripted outcomes.</summary>
internal sealed class RecordingSender(ChannelKind channel = ChannelKind.Telegram) : IChannelSender
{
    private readonly ConcurrentQueue<SendResult> _script = new();

    public ConcurrentQueue<(string ConversationId, Reply Reply)> Sent { get; } = new();

    public ChannelKind Channel => channel;

    public void Answer(params SendResult[] results)
    {
        foreach (var result in results)
            _script.Enqueue(result);
    }

    public Task<SendResult> SendAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var result = _script.TryDequeue(out var scripted) ? scripted : new SendResult(SendOutcome.Sent);
        if (result.Outcome == SendOutcome.Sent)
            Sent.Enqueue((conversationId, reply));
        return Task.FromResult(result);
    }
}
