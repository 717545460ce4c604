using SkillShare.Bot.Hosting;

namespace SkillShare.Bot.Matching;

/// <summary>Registers the matching tools: eval-ranking.</summary>
public static class MatchingTools
{
    public static void Register() => ToolCommands.Register("eval-ranking", EvalRankingCommand.RunAsync);
}
