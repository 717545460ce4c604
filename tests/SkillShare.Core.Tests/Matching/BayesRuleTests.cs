using SkillShare.Core.Matching.Bayes;

namespace SkillShare.Core.Tests.Matching;

public class BayesRuleTests
{
    [Fact]
    public void Solve_ArticleCorrected_GivesEvidenceAndPosterior()
    {
        var result = BayesRule.Solve(priorA: 0.6, likelihoodGivenA: 0.7, likelihoodGivenNotA: 0.45);

        Assert.Equal(0.6, result.Evidence, 12);
        Assert.Equal(0.7, result.Posterior, 12);
    }

    [Fact]
    public void SolveWithEvidence_ArticleExample_RefusesWithBounds()
    {
        var error = Assert.Throws<ArgumentException>(() => BayesRule.SolveWithEvidence(0.6, 0.4, 0.7));

        Assert.Equal("evidence", error.ParamName);
        Assert.Contains("between 0.42 and 0.82", error.Message, StringComparison.Ordinal);
        Assert.Contains("P(B) = 0.4 is impossible", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LikelihoodGivenNotAFor_ArticlePosterior_Is045()
    {
        var value = BayesRule.LikelihoodGivenNotAFor(priorA: 0.6, likelihoodGivenA: 0.7, posterior: 0.7);

        Assert.Equal(0.45, value, 12);
    }

    [Fact]
    public void SolveWithEvidence_ConsistentEvidence_DerivesLikelihoodGivenNotA()
    {
        var result = BayesRule.SolveWithEvidence(priorA: 0.6, evidence: 0.6, likelihoodGivenA: 0.7);

        Assert.Equal(0.45, result.LikelihoodGivenNotA, 12);
        Assert.Equal(0.7, result.Posterior, 12);
    }

    [Fact]
    public void SolveWithEvidence_EvidenceAboveUpperBound_Refuses()
    {
        var error = Assert.Throws<ArgumentException>(() => BayesRule.SolveWithEvidence(0.6, 0.9, 0.7));

        Assert.Contains("between 0.42 and 0.82", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_NotAProbability_Refuses()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BayesRule.Solve(1.2, 0.5, 0.5));

        Assert.Equal("priorA", error.ParamName);
    }

    [Fact]
    public void Solve_EvidenceZero_Refuses()
    {
        Assert.Throws<ArgumentException>(() => BayesRule.Solve(0.5, 0, 0));
    }

    [Fact]
    public void LikelihoodGivenNotAFor_UnreachablePosterior_Refuses()
    {
        Assert.Throws<ArgumentException>(() => BayesRule.LikelihoodGivenNotAFor(0.1, 0.1, 0.01));
    }
}
