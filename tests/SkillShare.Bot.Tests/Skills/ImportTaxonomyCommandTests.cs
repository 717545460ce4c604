using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Skills;
using SkillShare.Core.Skills;
using SkillShare.Core.Skills.Extraction;

namespace SkillShare.Bot.Tests.Skills;

public sealed class ImportTaxonomyCommandTests : IDisposable
{
    private const string SkillsCsv =
        "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
        + "KnowledgeSkillCompetence,esco:java,knowledge,sector-specific,Java (computer programming),"
        + "\"Java\njava programming\",\"A language, \"\"Java\"\".\"\n"
        + "KnowledgeSkillCompetence,esco:plumbing,skill/competence,occupation-specific,install plumbing systems,"
        + "\"plumbing installation\nfit pipes\",Fit pipes and drains.\n";

    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "skillshare-tests", Guid.NewGuid().ToString("N"));

    public ImportTaxonomyCommandTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(CsvPath, SkillsCsv);
    }

    private string CsvPath => Path.Combine(_folder, "skills_en.csv");

    private string DatabasePath => Path.Combine(_folder, "data", "skillshare.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Import_TwiceThenHostStarts_HostUsesImportedTaxonomy()
    {
        var output = new StringWriter();
        ImportTaxonomyCommand.Import([CsvPath], DatabasePath, output, TextWriter.Null);
        var exitCode = ImportTaxonomyCommand.Import([CsvPath], DatabasePath, output, TextWriter.Null);

        using var host = BuildHost();
        var taxonomy = host.Services.GetRequiredService<SkillTaxonomy>();
        var extractor = host.Services.GetRequiredService<SkillExtractor>();
        var normalizer = host.Services.GetRequiredService<SkillNormalizer>();

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 2 skills (0 groups), 6 labels", output.ToString(), StringComparison.Ordinal);
        Assert.NotNull(taxonomy.FindById("esco:plumbing"));
        Assert.Equal("esco:java", taxonomy.FindByLabel("java se")!.Id);
        Assert.Equal("programming", taxonomy.FindByLabel("编程")!.Id);
        Assert.Equal("esco:plumbing", extractor.Extract("Can you fit pipes in our new kitchen?")[0].Skill.Id);
        Assert.Equal("esco:java", normalizer.Normalize("java programming").Single().SkillId);
    }

    [Fact]
    public void Import_NothingImported_HostUsesStarterTaxonomy()
    {
        using var host = BuildHost();

        var taxonomy = host.Services.GetRequiredService<SkillTaxonomy>();

        Assert.Same(SkillTaxonomy.Starter, taxonomy);
    }

    [Fact]
    public void Import_MissingInput_ReturnsErrorAndWritesNothing()
    {
        var errors = new StringWriter();
        var missing = Path.Combine(_folder, "none.zip");

        var exitCode = ImportTaxonomyCommand.Import([missing], DatabasePath, TextWriter.Null, errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("none.zip", errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));
    }

    private WebApplication BuildHost()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _folder });
        builder.Configuration["Storage:Path"] = DatabasePath;
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddSkillShareStorage();
        builder.AddSkillShareSkills();
        builder.Services.AddConversations();
        return builder.Build();
    }
}
