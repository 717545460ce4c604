using Microsoft.Extensions.Time.Testing;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Storage.Tests;

public sealed class OutboxTests : IDisposable
{
    private readonly TempDataFile _file = new();
    private readonly FakeTimeProvider _time = new(Builders.Now);

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Enqueue_SameDedupeKeyTwice_QueuesOnce()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);

        var first = store.Enqueue([Builders.Notification("n1", "match:r1:o1")]);
        var second = store.Enqueue([Builders.Notification("n2", "match:r1:o1")]);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Single(store.Due(_time.GetUtcNow(), 10));
    }

    [Fact]
    public void Due_AfterSentAndRetry_ReturnsOnlyWhatIsPendingAndDue()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);
        store.Enqueue(
            [Builders.Notification("n1", "k1"), Builders.Notification("n2", "k2"), Builders.Notification("n3", "k3")]);

        store.MarkSent("n1", _time.GetUtcNow());
        store.MarkRetry("n2", _time.GetUtcNow().AddSeconds(30), "429");

        Assert.Equal(["n3"], store.Due(_time.GetUtcNow(), 10).Select(m => m.Id));
        Assert.Equal(["n2", "n3"], store.Due(_time.GetUtcNow().AddMinutes(1), 10).Select(m => m.Id).Order());
    }

    [Fact]
    public void Due_AfterReopening_PendingMessagesAreStillThere()
    {
        using (var store = LiteDbStore.OpenFile(_file.Path, _time))
        {
            var changes = new TurnChanges();
            changes.Notifications.Add(Builders.Notification("n1", "k1"));
            store.Commit(changes);
        }

        using var reopened = LiteDbStore.OpenFile(_file.Path, _time);

        var due = Assert.Single(reopened.Due(_time.GetUtcNow(), 10));
        Assert.Equal("match.new-request", due.Kind);
        Assert.Equal(OutboxStatus.Pending, due.Status);
    }

    [Fact]
    public void MarkUnreachable_BlockedChat_MarksMemberOnThatChannelOnly()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);
        var changes = new TurnChanges();
        changes.Save(Builders.Member());
        changes.Notifications.Add(Builders.Notification("n1", "k1"));
        store.Commit(changes);

        store.MarkUnreachable("n1", "403 blocked");

        Assert.Equal([ChannelKind.Telegram], store.FindById("m1")!.UnreachableOn);
        Assert.Empty(store.Due(_time.GetUtcNow(), 10));
    }
}
