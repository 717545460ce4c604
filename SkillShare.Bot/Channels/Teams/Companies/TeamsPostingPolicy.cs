using SkillShare.Bot.Flows.Posting;
using SkillShare.Core.Companies;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams.Companies;

/// <summary>
/// On Teams a person's company decides: approved, they publish (the gate marks them verified); still
/// pending, they may draft and are told "verification pending" when they try to publish.
/// </summary>
public sealed class TeamsPostingPolicy(ICompanyStore companies, VerifiedMemberPolicy members) : IPostingPolicy
{
    public const string PendingKey = "teams.company.verification_pending";

    private static readonly PostingVerdict Pending = new(false, true, PendingKey, false);

    public PostingVerdict Check(Member member, ChannelKind channel)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (channel != ChannelKind.Teams || member.IsVerified)
            return members.Check(member, channel);

        var person = member.Identities.FirstOrDefault(i => i.Channel == ChannelKind.Teams)?.UserId;
        return person is not null && companies.FindByPerson(person) is { } company
            ? company.IsApproved ? PostingVerdict.Allowed : Pending
            : members.Check(member, channel);
    }
}
