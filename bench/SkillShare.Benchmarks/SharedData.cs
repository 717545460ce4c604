namespace SkillShare.Benchmarks;

/// <summary>Finds ../shared/data beside the repository (the folder holding SkillShare.sln).</summary>
public static class SharedData
{
    public static string PathOf(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SkillShare.sln")))
            dir = dir.Parent;

        var repo = dir ?? throw new InvalidOperationException("SkillShare.sln not found above the benchmark binaries.");
        return Path.Combine([repo.FullName, "..", "shared", "data", .. parts]);
    }
}
