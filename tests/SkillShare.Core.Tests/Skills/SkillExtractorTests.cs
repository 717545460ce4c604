using SkillShare.Core.Skills;
using SkillShare.Core.Skills.Extraction;

namespace SkillShare.Core.Tests.Skills;

public class SkillExtractorTests
{
    private static readonly SkillTaxonomy Taxonomy = new(
    [
        NewSkill("java", "Java (computer programming)", "Java", "java programming"),
        NewSkill("javascript", "JavaScript", "JS", "ECMAScript"),
        NewSkill("sql", "SQL", "structured query language"),
        NewSkill("teams", "work in teams", "team work", "teamwork"),
        NewSkill("budget", "manage budgets", "budget management", "control budgets"),
        NewSkill("plumbing", "install plumbing systems", "plumbing installation"),
        NewSkill("csharp", "C#", "c sharp"),
        NewSkill("cpp", "C++"),
    ]);

    private static readonly SkillExtractor Extractor = new(Taxonomy);

    [Theory]
    [InlineData("Experience with Java or other backend languages", "java")]
    [InlineData("Strong JavaScript skills, ideally ECMAScript 2020", "javascript")]
    [InlineData("You will manage the budget of the project", "budget")]
    [InlineData("We look for a team player who enjoys teamwork", "teams")]
    [InlineData("Plumbing installation in new houses", "plumbing")]
    [InlineData("Backend in C# and some C++", "csharp")]
    public void Extract_ClearSentence_RanksNamedSkillFirst(string text, string expectedId)
    {
        var matches = Extractor.Extract(text);

        Assert.Equal(expectedId, matches[0].Skill.Id);
    }

    [Fact]
    public void Extract_TwoSkillsNamed_FindsBothAboveTheRest()
    {
        var matches = Extractor.Extract("SQL experience and Java are required");

        Assert.Equal(["java", "sql"], matches.Take(2).Select(m => m.Skill.Id).Order());
        Assert.True(matches[0].Score >= matches[1].Score);
    }

    [Fact]
    public void Extract_TextNamingNoSkill_FindsNothing()
    {
        var matches = Extractor.Extract("The office is near the station.");

        Assert.Empty(matches);
    }

    [Fact]
    public void Extract_GroupsInTaxonomy_AreNeverProposed()
    {
        var group = NewSkill("g", "Java") with { SkillType = Skill.GroupType };
        var taxonomy = new SkillTaxonomy([NewSkill("java", "Java"), group]);

        var matches = new SkillExtractor(taxonomy).Extract("Java");

        Assert.Equal("java", Assert.Single(matches).Skill.Id);
    }

    [Fact]
    public void Extract_StarterTaxonomy_FindsChineseLabel()
    {
        var matches = new SkillExtractor(SkillTaxonomy.Starter).Extract("需要软件开发经验");

        Assert.Equal("programming", matches[0].Skill.Id);
    }

    [Theory]
    [InlineData("Node.js, C++ and C#; databases", "node.js|c++|c#|databas")]
    [InlineData("managing installations", "manag|install")]
    public void Tokenize_TechnicalNamesAndSuffixes_KeepsNamesAndFoldsSuffixes(string text, string expected)
    {
        var terms = SkillTokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join('|', terms));
    }

    private static Skill NewSkill(string id, string label, params string[] alt) =>
        new() { Id = id, PreferredLabel = label, AltLabels = alt };
}
