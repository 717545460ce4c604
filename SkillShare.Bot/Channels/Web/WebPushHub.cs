using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace SkillShare.Bot.Channels.Web;

/// <summary>
/// Hands pushed messages to the pages listening on a conversation (server-sent event streams).
/// It holds only the open streams; a message for a conversation nobody listens to is not kept
/// here (the sender reports RetryLater so the outbox keeps it).
/// </summary>
public sealed class WebPushHub
{
    private const int StreamCapacity = 64;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<WebMessage>>> _listeners =
        new(StringComparer.Ordinal);

    public int ListenerCount => _listeners.Values.Sum(l => l.Count);

    public bool HasListener(string conversationId) =>
        _listeners.TryGetValue(conversationId, out var streams) && !streams.IsEmpty;

    /// <summary>Gives the message to every open stream of the conversation; returns how many took it.</summary>
    public int Publish(string conversationId, WebMessage message)
    {
        if (!_listeners.TryGetValue(conversationId, out var streams))
            return 0;

        return streams.Values.Count(stream => stream.Writer.TryWrite(message));
    }

    /// <summary>The messages pushed to a conversation from now until the caller stops listening.</summary>
    public async IAsyncEnumerable<WebMessage> ListenAsync(string conversationId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var stream = Channel.CreateBounded<WebMessage>(
            new BoundedChannelOptions(StreamCapacity) { FullMode = BoundedChannelFullMode.DropOldest });
        var streams = _listeners.GetOrAdd(conversationId, _ => new ConcurrentDictionary<Guid, Channel<WebMessage>>());
        streams[id] = stream;
        try
        {
            await foreach (var message in stream.Reader.ReadAllAsync(cancellationToken))
                yield return message;
        }
        finally
        {
            streams.TryRemove(id, out _);
        }
    }
}
