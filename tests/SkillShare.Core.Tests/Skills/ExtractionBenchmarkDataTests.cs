using SkillShare.Core.Skills.Esco;
using SkillShare.Core.Skills.Extraction;
using SkillShare.Core.Skills.Extraction.Evaluation;

namespace SkillShare.Core.Tests.Skills;

public class ExtractionBenchmarkDataTests
{
    [Fact]
    public void Evaluate_TechDevelopmentSplit_BeatsZeroShotEmbeddingBaseline()
    {
        var data = SharedData();
        var zip = Path.Combine(data, "esco", "esco-v1.1.1-classification-en-csv.zip");
        var taxonomy = EscoImporter.Import([zip]).Taxonomy;
        using var reader = new StreamReader(Path.Combine(data, "skill-extraction", "tech_validation_annotations.csv"));
        var sentences = LabelledSentence.Load(reader);

        var result = new ExtractionEvaluator(taxonomy, new SkillExtractor(taxonomy)).Evaluate(sentences);

        Assert.InRange(result.Score.Sentences, 70, 80);
        Assert.True(result.Score.RPrecision > 0.45, result.Score.ToString());
        Assert.True(result.Score.Mrr > 0.60, result.Score.ToString());
    }

    private static string SharedData()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SkillShare.sln")))
            dir = dir.Parent;

        var repo = dir ?? throw new InvalidOperationException("SkillShare.sln not found above the test binaries.");
        return Path.GetFullPath(Path.Combine(repo.FullName, "..", "shared", "data"));
    }
}
