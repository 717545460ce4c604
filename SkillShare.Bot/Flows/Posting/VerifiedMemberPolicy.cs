using SkillShare.Core.Members;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>The default posting policy: verified members may draft and publish, others are sent to verify.</summary>
public sealed class VerifiedMemberPolicy : IPostingPolicy
{
    public PostingVerdict Check(Member member, ChannelKind channel)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.IsVerified ? PostingVerdict.Allowed : PostingVerdict.NeedsVerification;
    }
}
