using SkillShare.Bot.Matching;
using SkillShare.Core.Matching.Matches;

namespace SkillShare.Bot.Tests.Matching;

public sealed class MatchOnOfferTests : IDisposable
{
    private readonly MatchingChat _market = new();

    [Fact]
    public async Task PublishOffer_AfterAWaitingRequest_ProposesThePairAtOnce()
    {
        await _market.JoinAsync(MatchingChat.Freelancer, "Fay", "+49 30 1111111");
        await _market.JoinAsync(MatchingChat.Client, "Carl", "+49 30 2222222");
        await _market.PublishRequestAsync(MatchingChat.Client);
        var waiting = _market.LastText;

        await _market.PublishOfferAsync();

        Assert.Contains("No match yet", waiting, StringComparison.Ordinal);
        var match = Assert.Single(_market.Matches());
        Assert.Equal(_market.MemberOf(MatchingChat.Freelancer).Id, match.FreelancerId);
        Assert.Equal(
            [MatchKinds.RequestForFreelancer, MatchKinds.ShortlistForClient],
            _market.Outbox().Select(m => m.Kind).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Restart_AfterAnswers_KeepsTheLearntModelAndRebuildsTheIndex()
    {
        await _market.SetUpMarketAsync();
        await _market.PublishRequestAsync(MatchingChat.Client);
        var id = Assert.Single(_market.Matches()).Id;
        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(id, "y"));
        var learnt = _market.Get<MatchModelService>().Use(m => m.Freelancer.ToState());

        _market.Chat.Restart();
        await _market.JoinAsync(MatchingChat.OtherClient, "Olga", "+49 30 3333333");
        await _market.PublishRequestAsync(MatchingChat.OtherClient, "Postgres help");

        var reloaded = _market.Get<MatchModelService>().Use(m => m.Freelancer.ToState());
        Assert.Equal(1, reloaded.Observations);
        Assert.Equal(learnt.Weights, reloaded.Weights);
        Assert.Contains(_market.Matches(), m => m.ClientId == _market.MemberOf(MatchingChat.OtherClient).Id);
        Assert.True(_market.Store.FindMatch(id)!.FreelancerLearned);
        Assert.Equal(MatchDecision.Yes, _market.Store.FindMatch(id)!.FreelancerDecision);
    }

    public void Dispose() => _market.Dispose();
}
