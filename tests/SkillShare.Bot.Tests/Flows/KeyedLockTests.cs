using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Flows;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task Acquire_SameKeyWhileHeld_WaitsUntilReleased()
    {
        var locks = new KeyedLock();
        var first = await locks.AcquireAsync("Telegram:1", CancellationToken.None);

        var second = locks.AcquireAsync("Telegram:1", CancellationToken.None);
        var waitedWhileHeld = !second.IsCompleted;
        first.Dispose();
        using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(waitedWhileHeld);
    }

    [Fact]
    public async Task Acquire_OtherKeyWhileHeld_DoesNotWait()
    {
        var locks = new KeyedLock();
        using var first = await locks.AcquireAsync("Telegram:1", CancellationToken.None);

        var other = locks.AcquireAsync("Telegram:2", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task Acquire_Cancelled_LeavesTheKeyUsable()
    {
        var locks = new KeyedLock();
        var first = await locks.AcquireAsync("Web:1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("Web:1", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();

        var again = locks.AcquireAsync("Web:1", CancellationToken.None);

        Assert.True(again.IsCompletedSuccessfully);
        (await again).Dispose();
    }
}
