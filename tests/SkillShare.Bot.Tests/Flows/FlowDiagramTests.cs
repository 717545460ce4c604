using SkillShare.Bot.Flows;

namespace SkillShare.Bot.Tests.Flows;

public sealed class FlowDiagramTests
{
    private const string Regenerate =
        "UPDATE_FLOW_DOCS=1 dotnet test tests/SkillShare.Bot.Tests --filter FullyQualifiedName~FlowDiagramTests";

    [Fact]
    public void Diagrams_InDocsFlows_MatchTheStateMachines()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "flows");
        var update = Environment.GetEnvironmentVariable("UPDATE_FLOW_DOCS") == "1";
        var stale = new List<string>();

        foreach (var (name, graph) in FlowCatalog.Graphs())
        {
            var path = Path.Combine(folder, name + ".md");
            var expected = Document(name, graph);
            if (update)
                Write(path, expected);
            else if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != expected)
                stale.Add(Path.GetRelativePath(RepositoryRoot(), path));
        }

        Assert.True(stale.Count == 0,
            $"Flow diagrams differ from the code: {string.Join(", ", stale)}. Regenerate them with: {Regenerate}");
    }

    private static string Document(string name, string graph) =>
        $"""
        # Flow: {name}

        Drawn from the code by Stateless's `MermaidGraph`; do not edit by hand. Regenerate with
        `{Regenerate}`.

        ```mermaid
        {graph.ReplaceLineEndings("\n").Trim()}
        ```

        """.ReplaceLineEndings("\n");

    private static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillShare.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("The repository root (SkillShare.sln) was not found.");
    }
}
