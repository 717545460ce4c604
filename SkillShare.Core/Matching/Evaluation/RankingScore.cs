namespace SkillShare.Core.Matching.Evaluation;

/// <summary>Mean ranking quality of one ranker over the simulated requests.</summary>
public sealed record RankingScore(string Ranker, double Ndcg10, double Recall10, double Mrr, int Requests);
