using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Assignment;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;
using SkillShare.Core.Matching.Simulation;
using SkillShare.Core.Skills;

namespace SkillShare.Core.Tests.Matching;

public class MatchSweepTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_RandomMarket_KeepsCapacityAndHardFilters(int seed)
    {
        var market = new SyntheticMarket(SkillTaxonomy.Starter, seed);
        var index = new OfferIndex(SkillTaxonomy.Starter);
        market.Offers(1_500, 300).ForEach(index.Upsert);
        var requests = market.Requests(400);
        var random = new Random(seed);
        var slots = Enumerable.Range(0, 300).ToDictionary(i => $"f{i:D6}", _ => random.Next(0, 3));
        var model = ReciprocalModel.CreatePrior();

        var result = new MatchSweep(index, model).Run(requests, slots, SyntheticMarket.Now);

        var byId = requests.ToDictionary(r => r.Request.Id);
        Assert.NotEmpty(result);
        Assert.All(result.GroupBy(a => a.Match.FreelancerId), g => Assert.True(g.Count() <= slots[g.Key]));
        Assert.Equal(result.Count, result.Select(a => a.RequestId).Distinct().Count());
        Assert.All(result, a => Assert.Equal(
            FilterReason.None, index.Evaluate(byId[a.RequestId], a.Match.OfferId, model, SyntheticMarket.Now).Filter));
    }
}
