using SkillShare.Bot.Hosting;

namespace SkillShare.Bot.Skills;

/// <summary>Registers the skill tools: import-taxonomy and eval-skills.</summary>
public static class SkillTools
{
    public static void Register()
    {
        ToolCommands.Register("import-taxonomy", ImportTaxonomyCommand.RunAsync);
        ToolCommands.Register("eval-skills", EvalSkillsCommand.RunAsync);
    }
}
