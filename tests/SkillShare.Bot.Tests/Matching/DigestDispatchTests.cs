using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Matching;
using SkillShare.Bot.Notifications;
using SkillShare.Bot.Tests.Notifications;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Matching;

/// <summary>
/// The daily digest end to end: three requests published for a freelancer in Shanghai (UTC+8), the
/// pushes held by their preferences and drained by the real dispatcher over the real LiteDB file.
/// </summary>
public sealed class DigestDispatchTests : IDisposable
{
    private const string Fay = "Telegram:" + MatchingChat.Freelancer;

    /// <summary>09:00 in Shanghai the morning after the 12:00 UTC start.</summary>
    private static readonly DateTimeOffset NineLocal = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);

    private static readonly string[] Titles = ["Need a DBA", "Postgres upgrade", "Slow queries"];

    private readonly RecordingSender _telegram = new();
    private readonly MatchingChat _market;

    public DigestDispatchTests()
    {
        _market = new MatchingChat(more: (services, _) =>
        {
            services.AddOptions<DispatchOptions>().Configure(o => o.PollInterval = TimeSpan.FromHours(1));
            services.AddSingleton<IChannelSender>(_telegram);
            services.AddSingleton<DigestComposer>();
            services.AddSingleton<OutboxDispatcher>();
        });
    }

    [Fact]
    public async Task DrainOnceAsync_DigestMemberThreePushes_OneMessageAtNineLocalWithAllThree()
    {
        await ThreeRequestsForFayAsync(digest: true);

        await DrainAtAsync(NineLocal.AddMinutes(-1));
        Assert.Empty(SentTo(Fay));
        await DrainAtAsync(NineLocal);
        await DrainAtAsync(NineLocal.AddHours(1));

        var digest = Assert.Single(SentTo(Fay));
        Assert.StartsWith("Your daily digest: 3 new matches", digest.Text, StringComparison.Ordinal);
        foreach (var title in Titles)
            Assert.Contains("A new request matches you: " + title, digest.Text, StringComparison.Ordinal);
        var keys = digest.Buttons.SelectMany(row => row).Select(b => b.Key).ToList();
        Assert.Equal(6, keys.Count);
        Assert.Equal(3, keys.Count(k => k.EndsWith(":y", StringComparison.Ordinal)));
        Assert.Equal(3, _market.Matches().Select(m => m.Id).Count(id => keys.Contains(MatchKinds.Button(id, "y"))));
        Assert.Contains(digest.Buttons[1], b => b.Label == "#2 · Interested");
    }

    [Fact]
    public async Task DrainOnceAsync_InstantMemberThreePushes_ThreeMessagesAtOnce()
    {
        await ThreeRequestsForFayAsync(digest: false);

        await DrainAtAsync(_market.Chat.Clock.GetUtcNow());

        var sent = SentTo(Fay);
        Assert.Equal(3, sent.Count);
        Assert.All(sent, r => Assert.StartsWith("A new request matches you:", r.Text, StringComparison.Ordinal));
        Assert.All(sent, r => Assert.Equal(2, r.Buttons.Single().Count));
    }

    [Fact]
    public async Task DrainOnceAsync_DigestTooManyRequests_AllThreeRetryTogetherAndGoOutOnce()
    {
        await ThreeRequestsForFayAsync(digest: true);
        await DrainAtAsync(_market.Chat.Clock.GetUtcNow());
        _telegram.Answer(new SendResult(SendOutcome.RetryLater, TimeSpan.FromSeconds(30), "429"));

        await DrainAtAsync(NineLocal);
        var held = _market.Outbox().Where(m => m.Kind == MatchKinds.RequestForFreelancer).ToList();
        await DrainAtAsync(NineLocal.AddSeconds(29));
        Assert.Empty(SentTo(Fay));
        await DrainAtAsync(NineLocal.AddSeconds(30));
        await DrainAtAsync(NineLocal.AddMinutes(5));

        Assert.Equal(3, held.Count);
        Assert.All(held, m => Assert.Equal(NineLocal.AddSeconds(30), m.DueAt));
        var digest = Assert.Single(SentTo(Fay));
        Assert.StartsWith("Your daily digest: 3 new matches", digest.Text, StringComparison.Ordinal);
        Assert.Equal(6, digest.Buttons.Sum(row => row.Count));
    }

    [Fact]
    public async Task DrainOnceAsync_ChineseDigestMember_GetsTheChineseHeader()
    {
        await ThreeRequestsForFayAsync(digest: true, UiLanguage.Chinese);

        await DrainAtAsync(NineLocal);

        var digest = Assert.Single(SentTo(Fay));
        Assert.StartsWith("你的每日摘要：3 个新匹配", digest.Text, StringComparison.Ordinal);
        Assert.Contains("有一个新需求与你匹配：", digest.Text, StringComparison.Ordinal);
        Assert.Contains(digest.Buttons[0], b => b.Label == "#1 · 感兴趣");
    }

    public void Dispose() => _market.Dispose();

    private async Task ThreeRequestsForFayAsync(bool digest, UiLanguage language = UiLanguage.English)
    {
        await _market.SetUpMarketAsync();
        _market.Chat.UserId = MatchingChat.Freelancer;
        await _market.Chat.CommandAsync("alerts");
        await _market.Chat.PressAsync(digest ? "d" : "i");
        await _market.Chat.PressAsync("q.none");
        var fay = _market.MemberOf(MatchingChat.Freelancer);
        fay.TimeZoneId = "Asia/Shanghai";
        fay.Language = language;
        var changes = new TurnChanges();
        changes.Save(fay);
        _market.Store.Commit(changes);

        foreach (var title in Titles)
            await _market.PublishRequestAsync(MatchingChat.Client, title);
    }

    private async Task DrainAtAsync(DateTimeOffset at)
    {
        var clock = _market.Chat.Clock;
        if (at > clock.GetUtcNow())
            clock.Advance(at - clock.GetUtcNow());
        await _market.Get<OutboxDispatcher>().DrainOnceAsync(CancellationToken.None);
    }

    private List<Reply> SentTo(string conversationId) =>
        [.. _telegram.Sent.Where(s => s.ConversationId == conversationId).Select(s => s.Reply)];
}
