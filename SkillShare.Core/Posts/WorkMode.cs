namespace SkillShare.Core.Posts;

/// <summary>Whether work happens remotely or at a place.</summary>
public enum WorkMode
{
    Remote,
    OnSite,
}
