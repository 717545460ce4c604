namespace SkillShare.Core.Skills.Extraction.Evaluation;

/// <summary>The figures for one set of sentences, and the annotators' labels the taxonomy does not know.</summary>
public sealed record ExtractionEvaluation(
    ExtractionScore Score, int SentencesWithoutKnownSkill, IReadOnlyDictionary<string, int> UnmappedLabels);
