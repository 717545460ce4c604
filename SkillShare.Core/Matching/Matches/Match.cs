namespace SkillShare.Core.Matching.Matches;

/// <summary>
/// A request–offer pair proposed to both sides, with P(match), its reasons and each side's answer.
/// The id is short: it travels in button keys.
/// </summary>
public sealed class Match
{
    public required string Id { get; init; }

    public required string RequestId { get; init; }

    public required string OfferId { get; init; }

    public required string ClientId { get; init; }

    public required string FreelancerId { get; init; }

    /// <summary>P(both accept) when the pair was proposed.</summary>
    public double Probability { get; set; }

    /// <summary>The top reasons, highest first, as feature names.</summary>
    public List<MatchFeature> Reasons { get; set; } = [];

    /// <summary>The feature values when proposed, so an answer can teach the model.</summary>
    public List<double> Features { get; set; } = [];

    public MatchDecision ClientDecision { get; set; }

    public MatchDecision FreelancerDecision { get; set; }

    /// <summary>True once the client's answer taught the model; false until then.</summary>
    public bool ClientLearned { get; set; }

    /// <summary>True once the freelancer's answer taught the model.</summary>
    public bool FreelancerLearned { get; set; }

    public MatchStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>True while an answer can still change the match.</summary>
    public bool IsOpen => Status == MatchStatus.Proposed;

    /// <summary>Records one side's answer and moves the status: any no declines, two yeses match.</summary>
    public void Decide(bool client, bool yes, DateTimeOffset now)
    {
        var decision = yes ? MatchDecision.Yes : MatchDecision.No;
        if (client)
            ClientDecision = decision;
        else
            FreelancerDecision = decision;
        UpdatedAt = now;
        if (!yes)
            Status = MatchStatus.Declined;
        else if (ClientDecision == MatchDecision.Yes && FreelancerDecision == MatchDecision.Yes)
            Status = MatchStatus.Matched;
    }
}
