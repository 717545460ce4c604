using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Flows;

/// <summary>
/// One turn as a flow sees it: the turn, the conversation's state, the member, the replies so far
/// and every change to commit at the end of the turn.
/// </summary>
internal sealed class FlowContext(Turn turn, ConversationState conversation, FlowServices services)
{
    public Turn Turn => turn;

    public ConversationState Conversation => conversation;

    public FlowServices Services => services;

    public Dictionary<string, string> Draft => conversation.Draft;

    public Member? Member { get; set; }

    /// <summary>True when the member was changed this turn and must be written.</summary>
    public bool MemberChanged { get; private set; }

    public TurnChanges Changes { get; } = new();

    public List<Reply> Replies { get; } = [];

    /// <summary>A flow to start once the current one has handled the turn, with its first draft.</summary>
    public PendingFlow? Pending { get; private set; }

    public UiLanguage Language => Member?.Language ?? UiLanguages.FromLanguageCode(turn.LanguageCode);

    public DateTimeOffset Now => services.Clock.GetUtcNow();

    public Member RequireMember() => Member ?? throw new InvalidOperationException("The turn has no member.");

    public string Text(string key, params object?[] args) => services.Texts.Get(Language, key, args);

    public ReplyButton Button(string labelKey, string action) =>
        new(Text(labelKey), ButtonKeys.Make(conversation.Step, action));

    public void Say(string key, params object?[] args) => Replies.Add(Reply.Plain(Text(key, args)));

    public void Send(Reply reply) => Replies.Add(reply);

    public void MarkMemberChanged() => MemberChanged = true;

    /// <summary>Closes the current flow: its draft is dropped and every button it showed goes stale.</summary>
    public void EndFlow()
    {
        conversation.Flow = "";
        conversation.State = "";
        conversation.Draft.Clear();
        conversation.Step++;
    }

    public void Then(string flow, Dictionary<string, string>? draft = null) =>
        Pending = new PendingFlow(flow, draft ?? new Dictionary<string, string>(StringComparer.Ordinal));

    public PendingFlow? TakePending()
    {
        var pending = Pending;
        Pending = null;
        return pending;
    }
}
