using Microsoft.Extensions.Time.Testing;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Storage.Tests;

public sealed class LiteDbMatchStoreTests : IDisposable
{
    private readonly TempDataFile _file = new();
    private readonly FakeTimeProvider _time = new(Builders.Now);

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Commit_MatchInTurnChanges_SurvivesReopeningWithItsReasonsAndAnswers()
    {
        var changes = new TurnChanges();
        var match = Match("abc", "r1", "o1", "f1", 0.4);
        match.Decide(client: false, yes: true, Builders.Now);
        changes.Save(match);

        using (var store = LiteDbStore.OpenFile(_file.Path, _time))
            store.Commit(changes);

        using var reopened = LiteDbStore.OpenFile(_file.Path, _time);
        var stored = reopened.FindMatch("abc");
        Assert.NotNull(stored);
        Assert.Equal([MatchFeature.SkillOverlap, MatchFeature.BudgetFit, MatchFeature.HoursFit], stored.Reasons);
        Assert.Equal(MatchDecision.Yes, stored.FreelancerDecision);
        Assert.Equal(MatchDecision.Pending, stored.ClientDecision);
        Assert.Equal(MatchStatus.Proposed, stored.Status);
        Assert.Null(reopened.FindPair("r1", "o2"));
        Assert.Equal("abc", reopened.FindPair("r1", "o1")!.Id);
    }

    [Fact]
    public void OpenMatchesByFreelancer_CountsProposedAndMatchedButNotDeclined()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);
        var declined = Match("m3", "r3", "o1", "f1", 0.2);
        declined.Decide(client: true, yes: false, Builders.Now);
        var changes = new TurnChanges();
        changes.Save(Match("m1", "r1", "o1", "f1", 0.5));
        changes.Save(Match("m2", "r2", "o1", "f1", 0.6));
        changes.Save(declined);
        changes.Save(Match("m4", "r1", "o9", "f2", 0.7));

        store.Commit(changes);

        Assert.Equal(2, store.OpenMatchesByFreelancer(Builders.Now)["f1"]);
        Assert.Equal(1, store.OpenMatchesByFreelancer(Builders.Now)["f2"]);
        Assert.False(store.OpenMatchesByFreelancer(Builders.Now.AddSeconds(1)).ContainsKey("f1"));
        Assert.Equal(["m4", "m1"], store.MatchesOfRequest("r1").Select(m => m.Id));
    }

    [Fact]
    public void SaveModel_ThenReopen_LoadsTheSameStateAndMarksAnswersLearnt()
    {
        var model = ReciprocalModel.CreatePrior();
        var match = Match("abc", "r1", "o1", "f1", 0.4);
        model.ObserveClient(new FeatureVector([.. match.Features]), accepted: true);
        match.ClientLearned = true;

        using (var store = LiteDbStore.OpenFile(_file.Path, _time))
        {
            Assert.Null(store.LoadModel());
            store.SaveModel(model.Client.ToState(), model.Freelancer.ToState(), [match]);
        }

        using var reopened = LiteDbStore.OpenFile(_file.Path, _time);
        var (client, freelancer) = reopened.LoadModel()!.Value;
        Assert.Equal(model.Client.ToState().Weights, client.Weights);
        Assert.Equal(1, client.Observations);
        Assert.Equal(0, freelancer.Observations);
        Assert.True(reopened.FindMatch("abc")!.ClientLearned);
    }

    private static Match Match(string id, string request, string offer, string freelancer, double p) => new()
    {
        Id = id,
        RequestId = request,
        OfferId = offer,
        ClientId = "c1",
        FreelancerId = freelancer,
        Probability = p,
        Reasons = [MatchFeature.SkillOverlap, MatchFeature.BudgetFit, MatchFeature.HoursFit],
        Features = [.. FeatureVector.Reference.Values.ToArray()],
        CreatedAt = Builders.Now,
        UpdatedAt = Builders.Now,
    };
}
