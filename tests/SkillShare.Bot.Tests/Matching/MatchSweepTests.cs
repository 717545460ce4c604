using SkillShare.Bot.Matching;
using SkillShare.Core.Matching.Matches;

namespace SkillShare.Bot.Tests.Matching;

public sealed class MatchSweepTests : IDisposable
{
    private readonly MatchingChat _market = new(openSlots: 1);

    [Fact]
    public async Task Run_FreelancerWithOneSlot_ProposesOnlyWhenTheSlotIsFree()
    {
        await _market.SetUpMarketAsync();
        await _market.JoinAsync(MatchingChat.OtherClient, "Olga", "+49 30 3333333");
        await _market.PublishRequestAsync(MatchingChat.Client);
        await _market.PublishRequestAsync(MatchingChat.OtherClient, "Postgres help");
        var noMatchYet = _market.LastText;
        var sweep = _market.Get<MatchSweepService>();

        var whileFull = sweep.Run();
        var first = Assert.Single(_market.Matches());
        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(first.Id, "n"));
        var afterDecline = sweep.Run();

        Assert.Contains("No match yet for \"Postgres help\"", noMatchYet, StringComparison.Ordinal);
        Assert.Equal(0, whileFull);
        Assert.Equal(1, afterDecline);
        var second = Assert.Single(_market.Matches(), m => m.Status == MatchStatus.Proposed);
        Assert.Equal(_market.MemberOf(MatchingChat.OtherClient).Id, second.ClientId);
        Assert.Equal(2, _market.Outbox().Count(m => m.Kind == MatchKinds.RequestForFreelancer));
    }

    [Fact]
    public async Task Run_Twice_DoesNotProposeOrNotifyAPairAgain()
    {
        await _market.SetUpMarketAsync();
        await _market.JoinAsync(MatchingChat.OtherClient, "Olga", "+49 30 3333333");
        await _market.PublishRequestAsync(MatchingChat.OtherClient, "Postgres help");
        await _market.PublishRequestAsync(MatchingChat.Client);
        var first = Assert.Single(_market.Matches());
        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(first.Id, "n"));
        var sweep = _market.Get<MatchSweepService>();
        var queued = _market.Outbox().Count;

        var once = sweep.Run();
        var afterOnce = _market.Outbox().Count;
        var twice = sweep.Run();

        Assert.Equal(1, once);
        Assert.Equal(queued + 2, afterOnce);
        Assert.Equal(0, twice);
        Assert.Equal(afterOnce, _market.Outbox().Count);
        Assert.Equal(2, _market.Matches().Count);
    }

    [Fact]
    public async Task Run_UnansweredProposalPastItsLifetime_FreesTheSlot()
    {
        await _market.SetUpMarketAsync();
        await _market.JoinAsync(MatchingChat.OtherClient, "Olga", "+49 30 3333333");
        await _market.PublishRequestAsync(MatchingChat.OtherClient, "Postgres help");
        await _market.PublishRequestAsync(MatchingChat.Client);
        var sweep = _market.Get<MatchSweepService>();

        var withinLifetime = sweep.Run();
        _market.Chat.Clock.Advance(TimeSpan.FromDays(8));
        var afterLifetime = sweep.Run();

        Assert.Equal(0, withinLifetime);
        Assert.Equal(1, afterLifetime);
        Assert.Contains(_market.Matches(), m => m.ClientId == _market.MemberOf(MatchingChat.Client).Id);
    }

    public void Dispose() => _market.Dispose();
}
