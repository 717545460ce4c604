using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Teams.Companies;

/// <summary>What the company gate decided: answer the turn itself, or let the engine run after some notices.</summary>
public sealed record GateResult(bool Handled, IReadOnlyList<Reply> Replies)
{
    public static GateResult Answer(Reply reply) => new(true, [reply]);

    public static GateResult PassOn(IReadOnlyList<Reply>? notices = null) => new(false, notices ?? []);
}
