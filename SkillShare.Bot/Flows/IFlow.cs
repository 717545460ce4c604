using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Flows;

/// <summary>
/// A conversation flow: a class wrapping a Stateless machine whose state lives in the
/// conversation's stored state. Made afresh for every turn over that state.
/// </summary>
internal interface IFlow
{
    /// <summary>The name stored in the conversation state, e.g. "registration".</summary>
    string Name { get; }

    /// <summary>Enters the flow's first step and asks its question.</summary>
    Task StartAsync(FlowContext context);

    /// <summary>Reads one input: moves on when it answers the current step, asks again otherwise.</summary>
    Task HandleAsync(FlowContext context, TurnInput input);

    /// <summary>Asks the current step's question again, after an optional hint saying why.</summary>
    void Prompt(FlowContext context, string? hintKey = null, params object?[] hintArgs);
}
