namespace SkillShare.Bot.Hosting;

/// <summary>Finds the content root: the repository root (where appsettings.json lives) when run from a clone.</summary>
public static class HostPaths
{
    public static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillShare.sln")))
                return dir.FullName;
        }

        return AppContext.BaseDirectory;
    }
}
