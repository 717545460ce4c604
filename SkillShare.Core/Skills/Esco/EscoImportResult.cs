namespace SkillShare.Core.Skills.Esco;

/// <summary>What an ESCO import produced: the taxonomy and its counts.</summary>
public sealed record EscoImportResult(SkillTaxonomy Taxonomy, int Skills, int Groups, int Labels, int BroaderLinks);
