namespace SkillShare.Bot.Flows;

/// <summary>
/// Another area's part in every turn: it may answer an input before commands and flows (buttons
/// pressed on a pushed message), add changes to the turn's transaction, and react once committed.
/// </summary>
internal interface ITurnHook
{
    /// <summary>Handles the input when it is this hook's; true when handled.</summary>
    Task<bool> TryHandleAsync(FlowContext context, IFlow? flow);

    /// <summary>Adds to the turn's changes just before they are committed.</summary>
    void BeforeCommit(FlowContext context);

    /// <summary>Runs after the turn's changes were committed.</summary>
    void AfterCommit(FlowContext context);
}
