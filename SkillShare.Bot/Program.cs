using SkillShare.Bot.Hosting;
using SkillShare.Bot.Matching;
using SkillShare.Bot.Skills;

SkillTools.Register();
MatchingTools.Register();

if (await ToolCommands.TryRunAsync(args) is { } exitCode)
    return exitCode;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = HostPaths.ContentRoot(),
});
builder.AddSkillShareBot();

var app = builder.Build();
app.MapSkillShareEndpoints();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
