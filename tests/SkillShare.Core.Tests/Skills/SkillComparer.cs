using SkillShare.Core.Skills;

namespace SkillShare.Core.Tests.Skills;

/// <summary>Compares skills by value, lists included (records compare lists by reference).</summary>
internal sealed class SkillComparer : IEqualityComparer<Skill>
{
    public static SkillComparer Instance { get; } = new();

    public bool Equals(Skill? x, Skill? y) =>
        x is not null && y is not null
        && (x.Id, x.PreferredLabel, x.SkillType, x.Description) == (y.Id, y.PreferredLabel, y.SkillType, y.Description)
        && x.AltLabels.SequenceEqual(y.AltLabels)
        && x.Broader.SequenceEqual(y.Broader);

    public int GetHashCode(Skill obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
}
