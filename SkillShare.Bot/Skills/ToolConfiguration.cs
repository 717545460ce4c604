using SkillShare.Bot.Hosting;

namespace SkillShare.Bot.Skills;

/// <summary>Reads the host's settings (appsettings.json at the content root, then environment) for a tool.</summary>
internal static class ToolConfiguration
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .SetBasePath(HostPaths.ContentRoot())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>The LiteDB file the host uses: Storage:Path, relative to the content root.</summary>
    public static string StoragePath(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Storage:Path"] ?? "data/skillshare.db", HostPaths.ContentRoot());
}
