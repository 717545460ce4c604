namespace SkillShare.Core.Tests.Skills;

/// <summary>A temporary folder holding a small ESCO distribution written by the tests.</summary>
internal sealed class EscoTestFiles : IDisposable
{
    public const string Java = "http://data.europa.eu/esco/skill/java";
    public const string Programming = "http://data.europa.eu/esco/skill/programming";
    public const string Group = "http://data.europa.eu/esco/isced-f/0613";

    public EscoTestFiles()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "skills_en.csv"), Skills);
        File.WriteAllText(Path.Combine(Folder, "skillGroups_en.csv"), Groups);
        File.WriteAllText(Path.Combine(Folder, "broaderRelationsSkillPillar.csv"), Broader);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "esco-test-" + Guid.NewGuid().ToString("N"));

    public string SkillsCsv => Path.Combine(Folder, "skills_en.csv");

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private const string Skills =
        "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
        + $"KnowledgeSkillCompetence,{Java},knowledge,sector-specific,Java (computer programming),"
        + "\"Java\njava programming\n\nJava (computer programming)\",\"The language, \"\"Java\"\".\"\n"
        + $"KnowledgeSkillCompetence,{Programming},skill/competence,cross-sector,computer programming,"
        + "\"coding\nsoftware programming\",Writing programs.\n";

    private const string Groups =
        "conceptType,conceptUri,preferredLabel,altLabels,description\n"
        + $"SkillGroup,{Group},software and applications development and analysis,,\n";

    private const string Broader =
        "conceptType,conceptUri,broaderType,broaderUri\n"
        + $"KnowledgeSkillCompetence,{Java},KnowledgeSkillCompetence,{Programming}\n"
        + $"KnowledgeSkillCompetence,{Programming},SkillGroup,{Group}\n"
        + "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/unknown,SkillGroup,http://x/none\n";
}
