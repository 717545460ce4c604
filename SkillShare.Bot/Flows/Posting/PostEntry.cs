using SkillShare.Bot.Conversations;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>A member's offers or requests seen the same way by the list: id, title, status, card.</summary>
internal sealed record PostEntry(string Id, string Title, PostStatus Status,
    Func<FlowContext, ReplyCard> Card, Action<FlowContext, PostStatus> SetStatus, bool Expired);
