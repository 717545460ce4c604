using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkillShare.Bot.Channels.Telegram;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Storage;

namespace SkillShare.Bot.Tests.Notifications.FanOut;

/// <summary>
/// One notification to each of many Telegram chats, queued in the real outbox (LiteDB on a temp
/// file) and drained by the real OutboxDispatcher through the real TelegramSender, against
/// <see cref="RateLimitedBotApi"/>. Shared by the fan-out test and the fan-out benchmark.
/// </summary>
public sealed class FanOutRun : IAsyncDisposable
{
    public const long FirstChatId = 700_000_001;
    private const string Kind = "fanout.notice";
    private readonly string _folder = Directory.CreateTempSubdirectory("skillshare-fanout").FullName;
    private readonly int _messages;
    private readonly int _senderPerSecond;
    private readonly ServiceProvider _services;

    private FanOutRun(RateLimitedBotApi api, int messages, int senderPerSecond)
    {
        Api = api;
        _messages = messages;
        _senderPerSecond = senderPerSecond;
        Store = LiteDbStore.OpenFile(Path.Combine(_folder, "skillshare.db"), TimeProvider.System);
        Seed();
        _services = Services();
    }

    public RateLimitedBotApi Api { get; }

    public LiteDbStore Store { get; }

    /// <summary>Starts the fake API and queues one notification per chat.</summary>
    public static async Task<FanOutRun> PrepareAsync(int messages, int apiPerSecond, int senderPerSecond)
    {
        var api = await RateLimitedBotApi.StartAsync(apiPerSecond);
        api.Expected = messages;
        return new FanOutRun(api, messages, senderPerSecond);
    }

    /// <summary>Runs the dispatcher until the outbox is drained (or the timeout passes) and measures.</summary>
    public async Task<FanOutFigures> RunAsync(TimeSpan timeout)
    {
        var dispatcher = _services.GetRequiredService<OutboxDispatcher>();
        var clock = Stopwatch.StartNew();
        await dispatcher.StartAsync(CancellationToken.None);
        await WaitUntilDrainedAsync(timeout);
        var total = clock.Elapsed;
        await dispatcher.StopAsync(CancellationToken.None);
        return Figures(total);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Api.DisposeAsync();
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitUntilDrainedAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        await Api.AllAccepted.Task.WaitAsync(timeout);
        while (deadline.Elapsed < timeout &&
               (Store.Due(DateTimeOffset.MaxValue, 1).Count > 0 || Store.Interrupted().Count > 0))
            await Task.Delay(10);
    }

    private FanOutFigures Figures(TimeSpan total)
    {
        // "outbox" is the store's collection name (SkillShare.Storage.Collections is internal).
        var sent = Store.Database.GetCollection<OutboxMessage>("outbox").Count(m => m.Status == OutboxStatus.Sent);
        var deliveries = Api.Deliveries;
        return new FanOutFigures(_messages, _senderPerSecond, Api.PerSecond, total, Api.AcceptedSpanSeconds(),
            Api.TooManyRequests, Api.MaxInAnySecond(), deliveries.Count, deliveries.Values.Sum() - deliveries.Count,
            sent);
    }

    private void Seed()
    {
        var changes = new TurnChanges();
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < _messages; i++)
        {
            var chat = (FirstChatId + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var member = new Member
            {
                Id = $"m{i}", DisplayName = $"Member {i}", Identities = [new(ChannelKind.Telegram, chat)],
            };
            changes.Members.Add(member);
            changes.Notifications.Add(new OutboxMessage
            {
                Id = $"n{i}", MemberId = member.Id, Channel = ChannelKind.Telegram,
                ConversationId = $"Telegram:{chat}", Kind = Kind, DedupeKey = $"n{i}",
                Data = { ["n"] = chat }, CreatedAt = now, DueAt = now,
            });
        }

        Store.Commit(changes);
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<TelegramOptions>().Configure(o =>
        {
            o.Token = "123456:TEST";
            o.ApiBaseUrl = Api.BaseUrl;
            o.MessagesPerSecond = _senderPerSecond;
        });
        services.AddHttpClient(TelegramClientFactory.HttpClientName);
        services.AddSingleton<TelegramClientFactory>();
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<IChannelSender, TelegramSender>();
        services.AddSingleton<IMemberStore>(Store);
        services.AddSingleton<IOutboxStore>(Store);
        services.AddSingleton<INotificationTemplate, NoticeTemplate>();
        services.AddSingleton(Options.Create(new DispatchOptions()));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(new DigestComposer(Texts.Default));
        services.AddSingleton<OutboxDispatcher>();
        return services.BuildServiceProvider();
    }

    private sealed class NoticeTemplate : INotificationTemplate
    {
        public string Kind => FanOutRun.Kind;

        public Reply Render(OutboxMessage message, Member recipient) =>
            Reply.Plain($"{recipient.DisplayName}: notice {message.Data["n"]}");
    }
}
