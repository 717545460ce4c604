using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Matching;
using SkillShare.Bot.Notifications;
using SkillShare.Bot.Tests.Notifications;

namespace SkillShare.Bot.Tests.Matching;

/// <summary>The whole path with the dispatcher running: publish turn, outbox, signal, channel.</summary>
public sealed class MatchPushTests : IDisposable
{
    private readonly RecordingSender _telegram = new();
    private readonly MatchingChat _market;

    public MatchPushTests()
    {
        _market = new MatchingChat(more: (services, _) =>
        {
            // A long poll: only the commit's signal can bring the push within seconds.
            services.AddOptions<DispatchOptions>().Configure(o => o.PollInterval = TimeSpan.FromMinutes(1));
            services.AddSingleton<IChannelSender>(_telegram);
            services.AddSingleton<DigestComposer>();
            services.AddSingleton<OutboxDispatcher>();
        });
    }

    [Fact]
    public async Task PublishRequest_DispatcherRunning_FreelancerPushArrivesWithinFiveSeconds()
    {
        await _market.SetUpMarketAsync();
        var dispatcher = _market.Get<OutboxDispatcher>();
        await dispatcher.StartAsync(CancellationToken.None);
        await Task.Delay(200);

        await _market.PublishRequestAsync(MatchingChat.Client);
        var arrived = await ArrivedAsync("Telegram:" + MatchingChat.Freelancer, TimeSpan.FromSeconds(5));
        var shortlist = await ArrivedAsync("Telegram:" + MatchingChat.Client, TimeSpan.FromSeconds(5));
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.NotNull(arrived);
        Assert.StartsWith("A new request matches you: Need a DBA", arrived.Text, StringComparison.Ordinal);
        Assert.Contains(arrived.Buttons.Single(),
            b => b.Key.StartsWith(MatchKinds.ButtonPrefix, StringComparison.Ordinal));
        Assert.NotNull(shortlist);
        Assert.Contains("Candidates for your request \"Need a DBA\"", shortlist.Text, StringComparison.Ordinal);
    }

    private async Task<Reply?> ArrivedAsync(string conversationId, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (!deadline.IsCancellationRequested)
        {
            var sent = _telegram.Sent.FirstOrDefault(s => s.ConversationId == conversationId);
            if (sent.Reply is not null)
                return sent.Reply;

            await Task.Delay(20);
        }

        return null;
    }

    public void Dispose() => _market.Dispose();
}
