using SkillShare.Core.Skills;
using SkillShare.Core.Skills.Esco;
using SkillShare.Core.Skills.Extraction;
using SkillShare.Core.Skills.Extraction.Evaluation;

namespace SkillShare.Bot.Skills;

/// <summary>
/// eval-skills --taxonomy &lt;zip&gt; [--taxonomy &lt;relations-zip&gt;] [--variants] &lt;labelled.csv&gt;...:
/// ranks every labelled sentence over the taxonomy and prints the figures per file, then for all
/// files together; the last line is always the default extractor's rp=… r5=… mrr=… n=….
/// </summary>
public static class EvalSkillsCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var taxonomyPaths = new List<string>();
        var files = new List<string>();
        var variants = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--taxonomy" && i + 1 < args.Length)
                taxonomyPaths.Add(args[++i]);
            else if (args[i] == "--variants")
                variants = true;
            else
                files.Add(args[i]);
        }

        if (taxonomyPaths.Count == 0 || files.Count == 0)
        {
            Console.Error.WriteLine("usage: eval-skills --taxonomy <zip> [--variants] <labelled.csv>...");
            return Task.FromResult(2);
        }

        return Task.FromResult(Run(taxonomyPaths, files, variants));
    }

    private static int Run(List<string> taxonomyPaths, List<string> files, bool variants)
    {
        var taxonomy = EscoImporter.Import(taxonomyPaths).Taxonomy;
        var sets = files.Select(f => (Name: Path.GetFileName(f), Sentences: Load(f))).ToList();
        if (variants)
        {
            foreach (var (name, options) in ExtractionVariants.All)
                PrintVariant(name, taxonomy, options, sets, detailed: false);
        }

        var total = PrintVariant("default", taxonomy, new SkillExtractorOptions(), sets, detailed: true);
        Console.WriteLine(total);
        return 0;
    }

    private static ExtractionScore PrintVariant(
        string name,
        SkillTaxonomy taxonomy,
        SkillExtractorOptions options,
        List<(string Name, IReadOnlyList<LabelledSentence> Sentences)> sets,
        bool detailed)
    {
        var evaluator = new ExtractionEvaluator(taxonomy, new SkillExtractor(taxonomy, options));
        var total = ExtractionScore.Empty;
        Console.WriteLine($"{name} [{options.Describe()}]");
        foreach (var set in sets)
        {
            var result = evaluator.Evaluate(set.Sentences);
            total = total.Plus(result.Score);
            Console.WriteLine($"  {set.Name}: {result.Score}");
            if (detailed)
                PrintUnmapped(result);
        }

        Console.WriteLine($"  all: {total}");
        return total;
    }

    private static void PrintUnmapped(ExtractionEvaluation result)
    {
        var unmapped = string.Join(", ", result.UnmappedLabels.Select(p => $"{p.Key} x{p.Value}"));
        Console.WriteLine(
            $"    labels not in the taxonomy: {result.UnmappedLabels.Count} ({unmapped}); "
            + $"sentences left out for want of a known skill: {result.SentencesWithoutKnownSkill}");
    }

    private static IReadOnlyList<LabelledSentence> Load(string path)
    {
        using var reader = new StreamReader(path);
        return LabelledSentence.Load(reader);
    }
}
