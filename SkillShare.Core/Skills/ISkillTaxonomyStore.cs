namespace SkillShare.Core.Skills;

/// <summary>Keeps the imported skill taxonomy; the product falls back to the starter taxonomy when none is kept.</summary>
public interface ISkillTaxonomyStore
{
    /// <summary>The kept taxonomy, or null when nothing was imported yet.</summary>
    SkillTaxonomy? Load();

    /// <summary>Replaces the kept taxonomy with <paramref name="taxonomy"/> in one transaction.</summary>
    void Replace(SkillTaxonomy taxonomy);
}
