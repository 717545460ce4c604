namespace SkillShare.Core.Posts;

/// <summary>Where a skill offer or talent request stands. Only published posts are matched.</summary>
public enum PostStatus
{
    Draft,
    Published,
    Paused,
    Closed,
    Deleted,
}
