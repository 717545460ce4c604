using SkillShare.Core.Matching.Evaluation;
using SkillShare.Core.Skills;
using Xunit.Abstractions;

namespace SkillShare.Core.Tests.Matching;

public class RankingSimulationTests(ITestOutputHelper output)
{
    private static readonly Occupation[] Occupations =
    [
        new("backend", "back-end developer", ["csharp", "dotnet", "sql", "postgresql", "docker", "api", "git"]),
        new("designer", "UI designer", ["figma", "photoshop", "uiux", "illustration", "design", "3d"]),
        new("analyst", "data analyst", ["python", "datasci", "excel", "powerbi", "tableau", "sql"]),
        new("ml", "machine learning engineer", ["python", "ml", "dl", "nlp", "cv", "docker"]),
        new("marketer", "marketer", ["seo", "smm", "writing", "marketing", "photoshop"]),
        new("frontend", "front-end developer", ["react", "typescript", "css", "html", "javascript", "git"]),
    ];

    [Fact]
    public void Run_StarterOccupations_ModelAndTextBeatRandom()
    {
        var simulation = new RankingSimulation(SkillTaxonomy.Starter, Occupations, seed: 3);

        var scores = simulation.Run(offersPerOccupation: 20, requestCount: 120).ToDictionary(s => s.Ranker);
        foreach (var score in scores.Values)
            output.WriteLine(score.ToString());

        Assert.True(scores["model"].Ndcg10 > scores["random"].Ndcg10 + 0.3);
        Assert.True(scores["text-only"].Ndcg10 > scores["random"].Ndcg10 + 0.2);
        Assert.True(scores["model"].Mrr > scores["random"].Mrr);
        Assert.Equal(120, scores["model"].Requests);
    }
}
