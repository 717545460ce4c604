namespace SkillShare.Core.Skills;

/// <summary>Keeps the imported skill taxonomy; without one the product uses the starter taxonomy.</summary>
public interface ISkillTaxonomyStore
{
    /// <summary>The kept taxonomy, or null when nothing was imported yet.</summary>
    SkillTaxonomy? Load();

    /// <summary>Replaces the kept taxonomy with <paramref name="taxonomy"/> in one transaction.</summary>
    void Replace(SkillTaxonomy taxonomy);
}
