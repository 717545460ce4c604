namespace SkillShare.Core.Matching;

/// <summary>P(client accepts), P(freelancer accepts) and their fusion P(match) = product of the two.</summary>
public readonly record struct MatchScore(double Client, double Freelancer)
{
    public double Match => Client * Freelancer;
}
