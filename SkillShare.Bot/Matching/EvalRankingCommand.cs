using System.Globalization;
using SkillShare.Core.Matching.Evaluation;
using SkillShare.Core.Skills.Esco;

namespace SkillShare.Bot.Matching;

/// <summary>
/// eval-ranking &lt;esco-input&gt;... [--occupations N] [--offers N] [--requests N] [--seed N]: builds a
/// simulated market from ESCO occupations and their essential skills (the classification zip for
/// the taxonomy, the relations zip for occupation→skill) and prints NDCG@10, recall@10 and MRR of
/// the matching model, a text-only ranker and a random one.
/// </summary>
public static class EvalRankingCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var inputs = new List<string>();
        var options = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--occupations"] = 300, ["--offers"] = 10, ["--requests"] = 1000, ["--seed"] = 1,
        };
        for (var i = 0; i < args.Length; i++)
        {
            if (options.ContainsKey(args[i]) && i + 1 < args.Length)
                options[args[i]] = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else
                inputs.Add(args[i]);
        }

        if (inputs.Count == 0)
        {
            Console.Error.WriteLine(
                "usage: eval-ranking <classification.zip> <relations.zip> [--occupations N] [--offers N] "
                + "[--requests N] [--seed N]");
            return Task.FromResult(2);
        }

        return Task.FromResult(Run(inputs, options));
    }

    private static int Run(List<string> inputs, Dictionary<string, int> options)
    {
        var taxonomy = EscoImporter.Import(inputs).Taxonomy;
        using var files = new EscoFiles(inputs);
        var random = new Random(options["--seed"]);
        var occupations = EscoOccupations.Read(files)
            .OrderBy(_ => random.Next())
            .Take(options["--occupations"])
            .ToList();
        var simulation = new RankingSimulation(taxonomy, occupations, options["--seed"]);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{taxonomy.Count} skills, {occupations.Count} occupations × {options["--offers"]} offers"));
        foreach (var score in simulation.Run(options["--offers"], options["--requests"]))
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{score.Ranker}: ndcg10={score.Ndcg10:F3} recall10={score.Recall10:F3} "
                + $"mrr={score.Mrr:F3} n={score.Requests}"));
        }

        return 0;
    }
}
