using SkillShare.Core.Skills;

namespace SkillShare.Core.Posts;

/// <summary>A freelancer's offer of a skill at an hourly rate.</summary>
public sealed class SkillOffer
{
    public required string Id { get; init; }

    public required string MemberId { get; init; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public List<SkillRef> Skills { get; set; } = [];

    public Money.Money HourlyRate { get; set; }

    public int HoursPerWeek { get; set; }

    public WorkMode Mode { get; set; }

    /// <summary>Where on-site work happens; null for remote work.</summary>
    public string? Place { get; set; }

    public PostStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
