namespace SkillShare.Bot.Hosting;

/// <summary>
/// The command-line tools that share the host's code (import-taxonomy, eval-skills, seed-demo...).
/// Returns null when the arguments name no tool, so the host starts.
/// </summary>
public static class ToolCommands
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Commands = new(StringComparer.Ordinal);

    /// <summary>Adds a tool; called once per tool from a static registration list.</summary>
    public static void Register(string name, Func<string[], Task<int>> run) => Commands[name] = run;

    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var run))
            return null;

        try
        {
            return await run([.. args[1..].Select(ResolvePath)]);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException
                                          or InvalidDataException or FormatException)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: {error.Message}");
            return 1;
        }
    }

    /// <summary>
    /// `dotnet run --project` starts the tool in the project's folder, so a path typed relative to the
    /// repository root (../shared/data/...) is looked up there when it does not exist where the tool runs.
    /// </summary>
    internal static string ResolvePath(string argument)
    {
        if (argument.StartsWith('-') || Path.IsPathRooted(argument) || Path.Exists(argument))
            return argument;

        var fromRoot = Path.GetFullPath(Path.Combine(HostPaths.ContentRoot(), argument));
        return Path.Exists(fromRoot) ? fromRoot : argument;
    }
}
