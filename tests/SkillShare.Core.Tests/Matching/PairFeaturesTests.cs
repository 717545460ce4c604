using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;
using SkillShare.Core.Skills;
using static SkillShare.Core.Tests.Matching.MatchingData;

namespace SkillShare.Core.Tests.Matching;

public class PairFeaturesTests
{
    private readonly ReciprocalModel _model = ReciprocalModel.CreatePrior();

    [Fact]
    public void Evaluate_HandMadePair_GivesExactFeatureValues()
    {
        var request = Request(["csharp", "postgresql", "react"], Party("c1", "Europe/Berlin"));
        var offer = Offer(skills: ["csharp", "databases", "frontend"], freelancer: Party("f1", "Asia/Shanghai"));

        var features = Features(request, offer);

        Assert.Equal(2.0 / 3, features[MatchFeature.SkillOverlap], 12);
        Assert.Equal(0.75, features[MatchFeature.BudgetFit], 12);
        Assert.Equal(0.75, features[MatchFeature.HoursFit], 12);
        Assert.Equal(0.5, features[MatchFeature.TimeZoneDistance], 12);
        Assert.Equal(0.5, features[MatchFeature.OfferRecency], 12);
        Assert.Equal(1.0, features[MatchFeature.RequestRecency], 12);
        Assert.Equal(0.5, features[MatchFeature.FreelancerReputation], 12);
    }

    [Fact]
    public void Evaluate_WinterInstant_UsesWinterOffsets()
    {
        var request = Request(client: Party("c1", "Europe/Berlin"));
        var offer = Offer(freelancer: Party("f1", "Asia/Shanghai"));
        var index = Index(offer);
        var winter = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

        var match = index.Evaluate(request, "o1", _model, winter).Match!;

        Assert.Equal(7.0 / 12, match.Features[MatchFeature.TimeZoneDistance], 12);
    }

    [Fact]
    public void Evaluate_NarrowerTwoStepsDown_WeighsNarrowerSquared()
    {
        var features = Features(Request(["programming"]), Offer(skills: ["typescript"]));

        var twoSteps = SkillRelations.NarrowerWeight * SkillRelations.NarrowerWeight;
        Assert.Equal(twoSteps, features[MatchFeature.SkillOverlap], 6);
    }

    [Fact]
    public void Evaluate_RateAtBudgetFloor_FitsFully()
    {
        var features = Features(Request(), Offer(rateMinor: 40_00));

        Assert.Equal(1.0, features[MatchFeature.BudgetFit], 12);
    }

    [Fact]
    public void Evaluate_OneTermRequest_GivesHandComputedBm25()
    {
        var offer = Offer(skills: []);
        offer.Offer.Title = "postgres tuning";
        var other = Offer("o2", skills: []);
        other.Offer.Title = "logo design";
        var request = Request(skills: []);
        request.Request.Title = "postgres";

        var match = Index(offer, other).Evaluate(request, "o1", _model, Now).Match!;

        var bm25 = Math.Log(2);
        Assert.Equal(bm25 / (bm25 + PairFeatures.TextHalfScore), match.Features[MatchFeature.TextRelevance], 12);
    }

    [Fact]
    public void Evaluate_PassingPair_CarriesThreeReasons()
    {
        var evaluation = Index(Offer()).Evaluate(Request(), "o1", _model, Now);

        Assert.Equal(FilterReason.None, evaluation.Filter);
        Assert.Equal(3, evaluation.Match!.Reasons.Count);
        Assert.Equal(MatchFeature.SkillOverlap, evaluation.Match.Reasons[0].Feature);
    }

    private FeatureVector Features(RequestEntry request, OfferEntry offer)
    {
        var evaluation = Index(offer).Evaluate(request, offer.Offer.Id, _model, Now);
        Assert.Equal(FilterReason.None, evaluation.Filter);
        return evaluation.Match!.Features;
    }

    private static OfferIndex Index(params OfferEntry[] offers)
    {
        var index = new OfferIndex(SkillTaxonomy.Starter);
        foreach (var offer in offers)
            index.Upsert(offer);
        return index;
    }
}
