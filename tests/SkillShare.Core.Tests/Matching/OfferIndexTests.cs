using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;
using SkillShare.Core.Matching.Simulation;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;
using static SkillShare.Core.Tests.Matching.MatchingData;

namespace SkillShare.Core.Tests.Matching;

public class OfferIndexTests
{
    private readonly ReciprocalModel _model = ReciprocalModel.CreatePrior();
    private readonly OfferIndex _index = new(SkillTaxonomy.Starter);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TopMatches_SyntheticMarket_EqualsExhaustiveScan(bool generatedTaxonomy)
    {
        var taxonomy = generatedTaxonomy ? SyntheticTaxonomy.Generate(areas: 8, fanOut: 6) : SkillTaxonomy.Starter;
        var index = new OfferIndex(taxonomy);
        var market = new SyntheticMarket(taxonomy, seed: 11);
        foreach (var offer in market.Offers(5_000, 1_000))
            index.Upsert(offer);
        var full = 0;

        foreach (var request in market.Requests(60))
        {
            var fromIndex = index.TopMatches(request, _model, SyntheticMarket.Now);
            var fromScan = index.ScanTopMatches(request, _model, SyntheticMarket.Now);

            Assert.Equal(Ids(fromScan), Ids(fromIndex));
            Assert.Equal(fromScan.Select(m => m.Score.Match), fromIndex.Select(m => m.Score.Match));
            full += fromIndex.Count == 10 ? 1 : 0;
        }

        Assert.True(full >= 30);
    }

    [Fact]
    public void TopMatches_BroaderAndNarrowerOffers_RanksExactFirst()
    {
        _index.Upsert(Offer("broader", ["javascript"], freelancer: Party("f1")));
        _index.Upsert(Offer("exact", ["typescript"], freelancer: Party("f2")));
        _index.Upsert(Offer("unrelated", ["photography"], freelancer: Party("f3")));

        var matches = _index.TopMatches(Request(["typescript"]), _model, Now);

        Assert.Equal(["exact", "broader"], Ids(matches));
    }

    [Fact]
    public void Upsert_ChangedSkills_MovesTheOffer()
    {
        _index.Upsert(Offer("o1", ["csharp"]));

        _index.Upsert(Offer("o1", ["python"]));

        Assert.Empty(_index.TopMatches(Request(["csharp"]), _model, Now));
        Assert.Equal(["o1"], Ids(_index.TopMatches(Request(["python"]), _model, Now)));
        Assert.Equal(1, _index.Count);
    }

    [Fact]
    public void Upsert_PausedOffer_TakesItOut()
    {
        _index.Upsert(Offer("o1"));
        var paused = Offer("o1");
        paused.Offer.Status = PostStatus.Paused;

        _index.Upsert(paused);

        Assert.Equal(0, _index.Count);
        Assert.Empty(_index.TopMatches(Request(), _model, Now));
    }

    [Fact]
    public void Remove_IndexedOffer_IsNoLongerMatched()
    {
        _index.Upsert(Offer("o1"));
        _index.Upsert(Offer("o2", freelancer: Party("f2")));

        var removed = _index.Remove("o1");

        Assert.True(removed);
        Assert.Equal(["o2"], Ids(_index.TopMatches(Request(), _model, Now)));
        Assert.False(_index.Remove("o1"));
    }

    [Fact]
    public void TopMatches_UnknownSkillWords_MeetByLabel()
    {
        var offer = Offer("o1", skills: []);
        offer.Offer.Skills = [new SkillRef(null, "Basket  Weaving")];
        _index.Upsert(offer);
        var request = Request(skills: []);
        request.Request.RequiredSkills = [new SkillRef(null, "basket weaving")];

        var matches = _index.TopMatches(request, _model, Now);

        Assert.Equal(1.0, Assert.Single(matches).Features[MatchFeature.SkillOverlap]);
    }

    [Fact]
    public void TopMatches_ChurnedIndex_StillEqualsScan()
    {
        var market = new SyntheticMarket(SkillTaxonomy.Starter, seed: 5);
        var offers = market.Offers(2_000, 500);
        offers.ForEach(_index.Upsert);
        offers.Where((_, i) => i % 3 == 0).ToList().ForEach(o => _index.Remove(o.Offer.Id));
        offers.Where((_, i) => i % 6 == 0).ToList().ForEach(_index.Upsert);

        foreach (var request in market.Requests(30))
        {
            Assert.Equal(
                Ids(_index.ScanTopMatches(request, _model, SyntheticMarket.Now)),
                Ids(_index.TopMatches(request, _model, SyntheticMarket.Now)));
        }
    }

    private static string[] Ids(IEnumerable<MatchResult> matches) => [.. matches.Select(m => m.OfferId)];
}
