using System.Threading.Channels;

namespace SkillShare.Bot.Notifications;

/// <summary>Wakes the dispatcher as soon as a commit queued notifications, instead of at its next poll.</summary>
public sealed class OutboxSignal
{
    // One pending wake-up is enough: a second Notify before the dispatcher wakes is dropped.
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Waits until notified or until the timeout passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed with no signal.
        }
    }
}
