namespace SkillShare.Core.Members;

/// <summary>What a member does on the platform; a member may be both.</summary>
[Flags]
public enum MemberRoles
{
    None = 0,
    Freelancer = 1,
    Client = 2,
    Both = Freelancer | Client,
}
