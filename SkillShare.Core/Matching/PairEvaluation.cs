namespace SkillShare.Core.Matching;

/// <summary>One pair judged: the hard filter it failed (None when it passed) and, when it passed, the match.</summary>
public sealed record PairEvaluation(FilterReason Filter, MatchResult? Match);
