using SkillShare.Core.Skills;

namespace SkillShare.Core.Tests.Skills;

public class StarterLabelsTests
{
    private static readonly SkillTaxonomy Imported = new(
    [
        new Skill { Id = "esco:pg", PreferredLabel = "PostgreSQL", AltLabels = ["Postgres SQL"] },
        new Skill { Id = "esco:ict", PreferredLabel = "PostgreSQL", SkillType = Skill.GroupType },
    ]);

    private static readonly SkillTaxonomy Starter = new(
    [
        new Skill { Id = "postgres", PreferredLabel = "PostgreSQL", AltLabels = ["postgres", "pg"] },
        new Skill { Id = "react", PreferredLabel = "React", AltLabels = ["reactjs"], Broader = ["frontend"] },
    ]);

    [Fact]
    public void MergeInto_StarterSkillNamingImportedSkill_AddsItsSynonymsToIt()
    {
        var merged = StarterLabels.MergeInto(Imported, Starter);

        Assert.Equal("esco:pg", merged.FindByLabel("postgres")!.Id);
        Assert.Equal(["Postgres SQL", "postgres", "pg"], merged.FindById("esco:pg")!.AltLabels);
        Assert.Null(merged.FindById("postgres"));
    }

    [Fact]
    public void MergeInto_StarterSkillNamingNothing_IsKeptWithoutBroaderLinks()
    {
        var merged = StarterLabels.MergeInto(Imported, Starter);

        var react = merged.FindByLabel("reactjs")!;
        Assert.Equal("react", react.Id);
        Assert.Empty(react.Broader);
        Assert.Equal(3, merged.Count);
    }

    [Fact]
    public void MergeInto_StarterLabelOnlyAnImportedAltLabel_KeepsStarterSkillApart()
    {
        var securities = new Skill { Id = "esco:fin", PreferredLabel = "securities", AltLabels = ["security"] };
        var imported = new SkillTaxonomy([securities]);
        var starter = new SkillTaxonomy([new Skill { Id = "security", PreferredLabel = "security" }]);

        var merged = StarterLabels.MergeInto(imported, starter);

        Assert.Equal("security", merged.FindByLabel("security")!.Id);
        Assert.Equal(["security"], merged.FindById("esco:fin")!.AltLabels);
    }
}
