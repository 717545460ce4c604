using System.Diagnostics;
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

        return Task.FromResult(Run(args));
    }

    private static int Run(string[] paths)
    {
        var clock = Stopwatch.StartNew();
        var bar = new ConsoleProgressBar(Console.Out);
        EscoImportResult result;
        try
        {
            result = EscoImporter.Import(paths, bar);
        }
        catch (FileNotFoundException e)
        {
            bar.Complete();
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        bar.Complete();
        var path = ToolConfiguration.StoragePath(ToolConfiguration.Load());
        Console.WriteLine($"Saving {result.Taxonomy.Count} taxonomy entries to {path}");
        using (var store = LiteDbStore.OpenFile(path, TimeProvider.System))
            new LiteDbSkillTaxonomyStore(store.Database).Replace(result.Taxonomy);

        Console.WriteLine(
            $"Imported {result.Skills} skills ({result.Groups} groups), {result.Labels} labels, "
            + $"{result.BroaderLinks} broader links in {clock.Elapsed.TotalSeconds:0.0} s into {path}");
        return 0;
    }
}
