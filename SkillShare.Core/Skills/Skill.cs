namespace SkillShare.Core.Skills;

/// <summary>A skill in the taxonomy: its preferred label, the other names it goes by, and its broader skills.</summary>
public sealed record Skill
{
    public required string Id { get; init; }

    public required string PreferredLabel { get; init; }

    public IReadOnlyList<string> AltLabels { get; init; } = [];

    /// <summary>Ids of broader skills (ESCO's hierarchy); empty at the top.</summary>
    public IReadOnlyList<string> Broader { get; init; } = [];

    /// <summary>"skill/competence" or "knowledge" in ESCO; empty in the starter taxonomy.</summary>
    public string SkillType { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>The <see cref="SkillType"/> of a node that only groups other skills (ESCO skill groups).</summary>
    public const string GroupType = "skill group";

    /// <summary>True for a grouping node, which extraction never proposes.</summary>
    public bool IsGroup => SkillType == GroupType;
}
