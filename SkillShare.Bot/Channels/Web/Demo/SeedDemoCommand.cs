using System.Runtime.CompilerServices;
using SkillShare.Bot.Hosting;
using SkillShare.Storage;

namespace SkillShare.Bot.Channels.Web.Demo;

/// <summary>
/// seed-demo: fills the data file (Storage:Path, as the host reads it) with the demo market.
/// Idempotent: fixed ids, one transaction.
/// </summary>
public static class SeedDemoCommand
{
    public const string Name = "seed-demo";

    /// <summary>Registers the tool when the assembly loads, before Program asks ToolCommands.</summary>
    [ModuleInitializer]
    internal static void Register() => ToolCommands.Register(Name, RunAsync);

    public static Task<int> RunAsync(string[] args)
    {
        var root = HostPaths.ContentRoot();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var path = Path.Combine(root, configuration["Storage:Path"] ?? new StorageOptions().Path);

        using var store = LiteDbStore.OpenFile(path, TimeProvider.System);
        var summary = DemoMarket.Seed(store, TimeProvider.System.GetUtcNow());
        Console.WriteLine($"seed-demo: {summary.Members} members, {summary.Offers} skill offers and " +
                          $"{summary.Requests} talent requests are in {path} (re-running keeps one copy).");
        return Task.FromResult(0);
    }
}
