using System.ComponentModel.DataAnnotations;

namespace SkillShare.Bot.Matching;

/// <summary>How many hear of a post, how many open matches a freelancer holds, how often the sweep runs.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Open matches a freelancer may hold at once, unless they say otherwise.</summary>
    [Range(1, 100)]
    public int OpenSlots { get; set; } = 5;

    /// <summary>Freelancers told at once about a newly published request.</summary>
    [Range(1, 50)]
    public int CandidatesOnPublish { get; set; } = 10;

    /// <summary>Requests a newly published offer is proposed to at once.</summary>
    [Range(1, 50)]
    public int RequestsOnPublish { get; set; } = 3;

    /// <summary>A request stops collecting candidates once this many are proposed or matched.</summary>
    [Range(1, 100)]
    public int OpenPerRequest { get; set; } = 10;

    /// <summary>How long an unanswered proposal holds a freelancer's slot.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00")]
    public TimeSpan ProposalLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the sweep re-matches published requests.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
