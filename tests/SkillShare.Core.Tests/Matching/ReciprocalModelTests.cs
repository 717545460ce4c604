using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Core.Tests.Matching;

public class ReciprocalModelTests
{
    [Fact]
    public void Score_AnyPair_IsTheProductOfBothSides()
    {
        var model = ReciprocalModel.CreatePrior();
        var x = Pair(skill: 1.0, budget: 0.2, clientResponse: 0.9);

        var score = model.Score(x.Values);

        Assert.Equal(model.Client.Predict(x.Values) * model.Freelancer.Predict(x.Values), score.Match, 15);
    }

    [Fact]
    public void Explain_StrongSkillsAndResponsiveClient_NamesThemFirst()
    {
        var model = ReciprocalModel.CreatePrior();

        var reasons = model.Explain(Pair(skill: 1.0, budget: 0.5, clientResponse: 1.0));

        Assert.Equal(3, reasons.Count);
        Assert.Equal(MatchFeature.SkillOverlap, reasons[0].Feature);
        Assert.Equal(1.0, reasons[0].Value);
        Assert.Equal(MatchFeature.ClientResponseRate, reasons[1].Feature);
        Assert.True(reasons[0].Contribution >= reasons[1].Contribution);
        Assert.True(reasons[1].Contribution >= reasons[2].Contribution);
    }

    [Fact]
    public void Explain_Contribution_IsTheDropInLogMatchAtReference()
    {
        var model = ReciprocalModel.CreatePrior();
        var x = Pair(skill: 1.0, budget: 0.5, clientResponse: 0.5);
        var probe = Pair(skill: 0.5, budget: 0.5, clientResponse: 0.5);

        var top = model.Explain(x)[0];

        var expected = Math.Log(model.Score(x.Values).Match) - Math.Log(model.Score(probe.Values).Match);
        Assert.Equal(MatchFeature.SkillOverlap, top.Feature);
        Assert.Equal(expected, top.Contribution, 12);
    }

    [Fact]
    public void ObserveClient_Decline_LowersOnlyTheClientSide()
    {
        var model = ReciprocalModel.CreatePrior();
        var x = Pair(skill: 1.0, budget: 0.5, clientResponse: 0.5);
        var before = model.Score(x.Values);

        model.ObserveClient(x, accepted: false);

        var after = model.Score(x.Values);
        Assert.True(after.Client < before.Client);
        Assert.Equal(before.Freelancer, after.Freelancer);
    }

    private static FeatureVector Pair(double skill, double budget, double clientResponse)
    {
        var x = FeatureVector.Reference.Values.ToArray();
        x[(int)MatchFeature.SkillOverlap] = skill;
        x[(int)MatchFeature.BudgetFit] = budget;
        x[(int)MatchFeature.ClientResponseRate] = clientResponse;
        return new FeatureVector(x);
    }
}
