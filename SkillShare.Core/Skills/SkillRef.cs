namespace SkillShare.Core.Skills;

/// <summary>
/// A skill as a post names it: the taxonomy id and label when the text was recognised,
/// or the member's own words (id null) when it was not.
/// </summary>
public sealed record SkillRef(string? SkillId, string Label)
{
    public bool IsKnown => SkillId is not null;
}
