namespace SkillShare.Core.Members;

/// <summary>The chat surfaces a member can reach the platform through.</summary>
public enum ChannelKind
{
    Telegram,
    Teams,
    Web,
}
