using SkillShare.Core.Matching.Evaluation;

namespace SkillShare.Core.Tests.Matching;

public class RankingMetricsTests
{
    private static readonly HashSet<string> Relevant = ["a", "b"];

    [Fact]
    public void NdcgAt_HitsAtOneAndThree_IsDcgOverIdealDcg()
    {
        var ndcg = RankingMetrics.NdcgAt(10, ["a", "x", "b"], Relevant);

        Assert.Equal((1 + (1 / Math.Log2(4))) / (1 + (1 / Math.Log2(3))), ndcg, 12);
    }

    [Fact]
    public void RecallAt_OneOfTwoInTopTwo_IsHalf()
    {
        Assert.Equal(0.5, RankingMetrics.RecallAt(2, ["a", "x", "b"], Relevant));
    }

    [Fact]
    public void ReciprocalRank_FirstHitThird_IsOneThird()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["x", "y", "b"], Relevant), 12);
    }

    [Fact]
    public void ReciprocalRank_NoHit_IsZero()
    {
        Assert.Equal(0, RankingMetrics.ReciprocalRank(["x", "y"], Relevant));
    }
}
