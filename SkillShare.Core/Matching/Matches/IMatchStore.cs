namespace SkillShare.Core.Matching.Matches;

/// <summary>Reads match records; writes go through a turn's changes.</summary>
public interface IMatchStore
{
    Match? FindMatch(string matchId);

    /// <summary>The pair's record, whatever its status; null when never proposed.</summary>
    Match? FindPair(string requestId, string offerId);

    /// <summary>Every match of a request, best first.</summary>
    IReadOnlyList<Match> MatchesOfRequest(string requestId);

    /// <summary>
    /// How many matches hold each freelancer's slots, by member id: every matched one, and proposals
    /// made since <paramref name="proposedSince"/> (older unanswered proposals have expired).
    /// </summary>
    IReadOnlyDictionary<string, int> OpenMatchesByFreelancer(DateTimeOffset proposedSince);
}
