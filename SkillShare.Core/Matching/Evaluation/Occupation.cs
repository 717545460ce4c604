namespace SkillShare.Core.Matching.Evaluation;

/// <summary>An occupation and the taxonomy skills it needs (ESCO's occupation-to-skill relations).</summary>
public sealed record Occupation(string Id, string Label, IReadOnlyList<string> EssentialSkills);
