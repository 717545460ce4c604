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

        return await run(args[1..]);
    }
}
