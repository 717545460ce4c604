namespace SkillShare.Core.Matching.Bayes;

/// <summary>The article's model worked through: P(B) by total probability, and P(A|B) by Bayes' rule.</summary>
public sealed record BayesResult(
    double PriorA,
    double LikelihoodGivenA,
    double LikelihoodGivenNotA,
    double Evidence,
    double Posterior);
