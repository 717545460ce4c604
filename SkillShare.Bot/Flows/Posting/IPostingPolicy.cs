using SkillShare.Core.Members;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>
/// Who may draft and publish posts. The default asks the member's own verification; a channel may
/// know more (on Teams, a company awaiting an operator's approval may draft but not publish).
/// </summary>
public interface IPostingPolicy
{
    PostingVerdict Check(Member member, ChannelKind channel);
}
