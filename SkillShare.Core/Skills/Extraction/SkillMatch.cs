namespace SkillShare.Core.Skills.Extraction;

/// <summary>A taxonomy skill found in a text, with its score (higher is more certain; not a probability).</summary>
public sealed record SkillMatch(Skill Skill, double Score);
