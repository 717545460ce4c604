using SkillShare.Core.Skills;

namespace SkillShare.Core.Tests.Skills;

public sealed class SkillNormalizerTests
{
    private readonly SkillNormalizer _normalizer = new(SkillTaxonomy.Starter);

    [Fact]
    public void Normalize_SynonymsCaseAndSpacing_MapToCanonicalSkills()
    {
        var skills = _normalizer.Normalize("postgres,  REACT.JS ;python3\nk8s");

        Assert.Equal(["PostgreSQL", "React", "Python", "Kubernetes"], skills.Select(s => s.Label));
        Assert.All(skills, s => Assert.True(s.IsKnown));
    }

    [Fact]
    public void Normalize_Duplicates_AreKeptOnce()
    {
        var skills = _normalizer.Normalize("Postgres, PostgreSQL, postgresql, knitting, Knitting");

        Assert.Equal([new SkillRef("postgresql", "PostgreSQL"), new SkillRef(null, "knitting")], skills);
    }

    [Fact]
    public void Normalize_ChineseSeparatorsAndLabels_AreUnderstood()
    {
        var skills = _normalizer.Normalize("人工智能，机器学习、翻译");

        Assert.Equal(["ai", "ml", "translation"], skills.Select(s => s.SkillId));
    }

    [Fact]
    public void Normalize_OnlySeparatorsAndSpace_GivesNothing()
    {
        Assert.Empty(_normalizer.Normalize(" , ; \n ，"));
    }

    [Fact]
    public void Starter_EveryBroaderSkill_Exists()
    {
        var taxonomy = SkillTaxonomy.Starter;

        Assert.True(taxonomy.Count > 50);
        Assert.All(taxonomy.All.SelectMany(s => s.Broader), id => Assert.NotNull(taxonomy.FindById(id)));
    }
}
