using SkillShare.Core.Conversations;
using Stateless;
using Stateless.Reflection;

namespace SkillShare.Bot.Flows;

/// <summary>Builds a flow's Stateless machine over the conversation's stored state.</summary>
internal static class FlowMachine
{
    /// <summary>
    /// A machine reading and writing <see cref="ConversationState.State"/>; every transition bumps
    /// <see cref="ConversationState.Step"/> so buttons shown before it go stale. An unhandled trigger
    /// calls <paramref name="onUnhandled"/> instead of throwing.
    /// </summary>
    public static StateMachine<TState, TTrigger> Create<TState, TTrigger>(
        ConversationState conversation, TState initial, Action onUnhandled)
        where TState : struct, Enum
    {
        var machine = new StateMachine<TState, TTrigger>(
            () => Enum.TryParse<TState>(conversation.State, out var state) ? state : initial,
            state =>
            {
                conversation.State = state.ToString();
                conversation.Step++;
            });
        machine.OnUnhandledTrigger((_, _) => onUnhandled());
        return machine;
    }

    /// <summary>The states a "pick a field" trigger may lead to, so the drawn graph names them.</summary>
    public static DynamicStateInfos Choices(IEnumerable<string> states)
    {
        var infos = new DynamicStateInfos();
        foreach (var state in states)
            infos.Add(state, "chosen");
        return infos;
    }
}
