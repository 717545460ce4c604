using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Storage;

namespace SkillShare.Bot.Tests.Notifications;

public sealed class OutboxDispatcherTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("skillshare-outbox").FullName;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingSender _telegram = new();
    private LiteDbStore _store;

    public OutboxDispatcherTests()
    {
        _store = Open();
        var changes = new TurnChanges();
        changes.Save(new Member { Id = "m1", DisplayName = "Ada", Identities = [new(ChannelKind.Telegram, "42")] });
        _store.Commit(changes);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task DrainOnceAsync_DueMessages_AreRenderedForTheRecipientAndSentOnce()
    {
        _store.Enqueue([Message("n1", "hello"), Message("n2", "again")]);
        var dispatcher = Dispatcher();

        await dispatcher.DrainOnceAsync(CancellationToken.None);
        await dispatcher.DrainOnceAsync(CancellationToken.None);

        Assert.Equal(["for Ada: hello", "for Ada: again"], _telegram.Sent.Select(s => s.Reply.Text));
        Assert.All(_telegram.Sent, s => Assert.Equal("Telegram:42", s.ConversationId));
    }

    [Fact]
    public async Task DrainOnceAsync_TooManyRequests_WaitsExactlyRetryAfterThenSends()
    {
        _store.Enqueue([Message("n1", "hello")]);
        _telegram.Answer(new SendResult(SendOutcome.RetryLater, TimeSpan.FromSeconds(7), "429"));
        var dispatcher = Dispatcher();

        await dispatcher.DrainOnceAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(6));
        await dispatcher.DrainOnceAsync(CancellationToken.None);
        Assert.Empty(_telegram.Sent);

        _time.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DrainOnceAsync(CancellationToken.None);
        Assert.Single(_telegram.Sent);
    }

    [Fact]
    public async Task DrainOnceAsync_BlockedByMember_MarksUnreachableAndDoesNotRetry()
    {
        _store.Enqueue([Message("n1", "hello")]);
        _telegram.Answer(new SendResult(SendOutcome.Unreachable, Error: "403 blocked"));
        var dispatcher = Dispatcher();

        await dispatcher.DrainOnceAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        await dispatcher.DrainOnceAsync(CancellationToken.None);

        Assert.Empty(_telegram.Sent);
        Assert.Equal([ChannelKind.Telegram], _store.FindById("m1")!.UnreachableOn);
    }

    [Fact]
    public async Task DrainOnceAsync_TransientFailuresPastTheLimit_GivesUp()
    {
        _store.Enqueue([Message("n1", "hello")]);
        _telegram.Answer(Enumerable.Repeat(new SendResult(SendOutcome.RetryLater, Error: "502"), 3).ToArray());
        var dispatcher = Dispatcher(maxAttempts: 3);

        for (var i = 0; i < 5; i++)
        {
            await dispatcher.DrainOnceAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(15));
        }

        Assert.Empty(_telegram.Sent);
        Assert.Empty(_store.Due(_time.GetUtcNow(), 10));
    }

    [Fact]
    public async Task DrainOnceAsync_AfterRestart_SendsWhatWasPendingOnceAndNothingSentBefore()
    {
        _store.Enqueue([Message("n1", "before")]);
        await Dispatcher().DrainOnceAsync(CancellationToken.None);
        _store.Enqueue([Message("n2", "queued")]);

        _store.Dispose();
        _store = Open();
        await Dispatcher().DrainOnceAsync(CancellationToken.None);

        Assert.Equal(["for Ada: before", "for Ada: queued"], _telegram.Sent.Select(s => s.Reply.Text));
    }

    [Fact]
    public async Task StartAsync_MessageInterruptedMidSend_IsNotSentAgain()
    {
        _store.Enqueue([Message("n1", "maybe delivered")]);
        Assert.True(_store.Claim("n1"));
        var dispatcher = Dispatcher();

        await dispatcher.StartAsync(CancellationToken.None);
        await dispatcher.DrainOnceAsync(CancellationToken.None);
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Empty(_telegram.Sent);
        Assert.Empty(_store.Interrupted());
    }

    [Fact]
    public async Task DrainOnceAsync_UnknownKind_IsFailedNotRetried()
    {
        _store.Enqueue([new OutboxMessage
        {
            Id = "n9", MemberId = "m1", Channel = ChannelKind.Telegram, ConversationId = "Telegram:42",
            Kind = "no.such.kind", DedupeKey = "n9", DueAt = Start,
        }]);
        var dispatcher = Dispatcher();

        await dispatcher.DrainOnceAsync(CancellationToken.None);

        Assert.Empty(_telegram.Sent);
        Assert.Empty(_store.Due(_time.GetUtcNow().AddDays(1), 10));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(2, 8)]
    [InlineData(30, 600)]
    public void Backoff_Attempts_DoublesUpToTenMinutes(int attempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxDispatcher.Backoff(attempts));
    }

    private LiteDbStore Open() => LiteDbStore.OpenFile(Path.Combine(_folder, "skillshare.db"), _time);

    private OutboxMessage Message(string id, string text) => new()
    {
        Id = id,
        MemberId = "m1",
        Channel = ChannelKind.Telegram,
        ConversationId = "Telegram:42",
        Kind = "test.echo",
        DedupeKey = id,
        Data = { ["text"] = text },
        CreatedAt = _time.GetUtcNow(),
        DueAt = _time.GetUtcNow(),
    };

    private OutboxDispatcher Dispatcher(int maxAttempts = 8) => new(
        _store,
        _store,
        [_telegram],
        [new EchoTemplate()],
        new OutboxSignal(),
        new DigestComposer(Texts.Default),
        Options.Create(new DispatchOptions { MaxAttempts = maxAttempts, PollInterval = TimeSpan.FromHours(1) }),
        _time,
        NullLogger<OutboxDispatcher>.Instance);
}
