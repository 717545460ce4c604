using SkillShare.Core.Skills;

namespace SkillShare.Core.Posts;

/// <summary>A client's request for talent, with a budget band for the hourly rate.</summary>
public sealed class TalentRequest
{
    public required string Id { get; init; }

    public required string MemberId { get; init; }

    /// <summary>The company the request is made for, when its author belongs to one (Teams).</summary>
    public string? CompanyId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public List<SkillRef> RequiredSkills { get; set; } = [];

    /// <summary>The lowest hourly rate the client expects to pay.</summary>
    public Money.Money BudgetMin { get; set; }

    /// <summary>The highest hourly rate the client will pay.</summary>
    public Money.Money BudgetMax { get; set; }

    public int HoursPerWeek { get; set; }

    /// <summary>When the work must be done: a UTC instant, the end of that day in the client's zone.</summary>
    public DateTimeOffset Deadline { get; set; }

    public WorkMode Mode { get; set; }

    public string? Place { get; set; }

    public PostStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
