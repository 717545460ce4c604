namespace SkillShare.Bot.Matching;

/// <summary>Each freelancer's free slots: the default open slots minus the matches they hold.</summary>
internal sealed class SlotCounter(IReadOnlyDictionary<string, int> held, int openSlots)
{
    private readonly Dictionary<string, int> _taken = new(StringComparer.Ordinal);

    /// <summary>The slots as the store has them now; unanswered proposals past their lifetime free theirs.</summary>
    public static SlotCounter Load(Core.Matching.Matches.IMatchStore matches, MatchingOptions options,
        DateTimeOffset now) =>
        new(matches.OpenMatchesByFreelancer(now - options.ProposalLifetime), options.OpenSlots);

    public int Free(string freelancerId) =>
        openSlots - held.GetValueOrDefault(freelancerId) - _taken.GetValueOrDefault(freelancerId);

    /// <summary>Takes one slot; false when none is free.</summary>
    public bool TryTake(string freelancerId)
    {
        if (Free(freelancerId) <= 0)
            return false;
        _taken[freelancerId] = _taken.GetValueOrDefault(freelancerId) + 1;
        return true;
    }
}
