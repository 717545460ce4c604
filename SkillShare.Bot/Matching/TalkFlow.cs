using SkillShare.Bot.Conversations;
using SkillShare.Bot.Flows;

namespace SkillShare.Bot.Matching;

/// <summary>
/// "Talk to &lt;name&gt;": each text is relayed to the other side of a match (the matching hook does the
/// relaying); commands work as everywhere, and /menu leaves. Draft: "match" and the other's "name".
/// </summary>
internal sealed class TalkFlow : IFlow
{
    public const string FlowName = "talk";
    public const string MatchKey = "match";
    public const string NameKey = "name";

    public string Name => FlowName;

    public Task StartAsync(FlowContext context)
    {
        context.Say("matching.talk.started", context.Draft.GetValueOrDefault(NameKey, "—"));
        return Task.CompletedTask;
    }

    public Task HandleAsync(FlowContext context, TurnInput input)
    {
        Prompt(context, "matching.talk.text_only");
        return Task.CompletedTask;
    }

    public void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs)
    {
        if (hintKey is not null)
            context.Say(hintKey, hintArgs);
        context.Say("matching.talk.prompt", context.Draft.GetValueOrDefault(NameKey, "—"));
    }
}
