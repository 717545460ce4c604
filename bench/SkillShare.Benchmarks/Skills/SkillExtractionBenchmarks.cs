using BenchmarkDotNet.Attributes;
using SkillShare.Core.Skills;
using SkillShare.Core.Skills.Esco;
using SkillShare.Core.Skills.Extraction;

namespace SkillShare.Benchmarks.Skills;

/// <summary>Skill extraction from one request text over the full ESCO taxonomy (13,896 skills).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class SkillExtractionBenchmarks
{
    private const string ShortRequest =
        "Experience with Java C# or other backend language; SQL experience is a plus but not required";

    private const string LongOffer =
        "Full-stack developer with eight years of web development. I build single-page applications in "
        + "React and Angular with TypeScript, REST APIs in C# and ASP.NET Core, and data pipelines in Python. "
        + "Comfortable with PostgreSQL and SQL Server, Docker and Kubernetes, continuous integration, unit "
        + "testing and code review. I work in agile teams, talk to clients about requirements, write clear "
        + "documentation and mentor junior developers. Available for remote work and short on-site visits.";

    private SkillExtractor _extractor = null!;

    [Params("short request", "long offer")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var zip = SharedData.PathOf("esco", "esco-v1.1.1-classification-en-csv.zip");
        _extractor = new SkillExtractor(EscoImporter.Import([zip]).Taxonomy);
    }

    [Benchmark]
    public IReadOnlyList<SkillMatch> Extract() =>
        _extractor.Extract(Text == "short request" ? ShortRequest : LongOffer);

    /// <summary>The starter taxonomy, as the product runs before any import.</summary>
    [Benchmark]
    public IReadOnlyList<SkillMatch> ExtractStarter() =>
        StarterExtractor.Extract(Text == "short request" ? ShortRequest : LongOffer);

    private static readonly SkillExtractor StarterExtractor = new(SkillTaxonomy.Starter);
}
