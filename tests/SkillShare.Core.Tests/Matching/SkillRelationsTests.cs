using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Skills;

namespace SkillShare.Core.Tests.Matching;

public class SkillRelationsTests
{
    [Fact]
    public void Expand_TypeScript_WeighsSelfBroaderAndGrandparent()
    {
        var relations = new SkillRelations(SkillTaxonomy.Starter);

        var weights = relations.Expand("typescript");

        Assert.Equal(1.0, weights["typescript"]);
        Assert.Equal(0.5, weights["javascript"]);
        Assert.Equal(0.25, weights["programming"]);
        Assert.False(weights.ContainsKey("python"));
    }

    [Fact]
    public void Expand_Frontend_ReachesNarrowerSkills()
    {
        var relations = new SkillRelations(SkillTaxonomy.Starter);

        var weights = relations.Expand("frontend");

        Assert.Equal(0.8, weights["react"], 12);
        Assert.Equal(0.5, weights["web"]);
        Assert.Contains("vue", weights.Keys);
        Assert.Contains("angular", weights.Keys);
    }
}
