using System.Diagnostics;
using SkillShare.Core.Skills;
using SkillShare.Core.Skills.Esco;
using SkillShare.Storage;

namespace SkillShare.Bot.Skills;

/// <summary>
/// import-taxonomy &lt;zip-or-csv&gt;...: imports the ESCO CSV distribution into the host's database,
/// replacing any earlier import. Add the relations zip to import the skill hierarchy as well.
/// </summary>
public static class ImportTaxonomyCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: import-taxonomy <classification-zip|skills_en.csv> [relations-zip]");
            return Task.FromResult(2);
        }

        var storagePath = ToolConfiguration.StoragePath(ToolConfiguration.Load());
        return Task.FromResult(Import(args, storagePath, Console.Out, Console.Error));
    }

    /// <summary>Imports <paramref name="inputs"/> into the LiteDB file at <paramref name="storagePath"/>.</summary>
    internal static int Import(IReadOnlyList<string> inputs, string storagePath, TextWriter output, TextWriter errors)
    {
        var clock = Stopwatch.StartNew();
        var bar = new ConsoleProgressBar(output);
        EscoImportResult result;
        try
        {
            result = EscoImporter.Import(inputs, bar);
        }
        catch (FileNotFoundException e)
        {
            bar.Complete();
            errors.WriteLine(e.Message);
            return 1;
        }

        bar.Complete();
        var taxonomy = StarterLabels.MergeInto(result.Taxonomy, SkillTaxonomy.Starter);
        output.WriteLine($"Saving {taxonomy.Count} taxonomy entries (starter synonyms merged) to {storagePath}");
        using (var store = LiteDbStore.OpenFile(storagePath, TimeProvider.System))
            new LiteDbSkillTaxonomyStore(store.Database).Replace(taxonomy);

        output.WriteLine(
            $"Imported {result.Skills} skills ({result.Groups} groups), {result.Labels} labels, "
            + $"{result.BroaderLinks} broader links in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
