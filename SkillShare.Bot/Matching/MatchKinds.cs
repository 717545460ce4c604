namespace SkillShare.Bot.Matching;

/// <summary>The outbox kinds matching writes, and the button key prefix of match answers.</summary>
public static class MatchKinds
{
    public const string RequestForFreelancer = "match.request-for-freelancer";
    public const string ShortlistForClient = "match.shortlist-for-client";
    public const string Matched = "match.matched";
    public const string Relay = "match.relay";

    /// <summary>Answer buttons: "m:{match id}:{action}"; no step, so they never go stale while open.</summary>
    public const string ButtonPrefix = "m:";

    /// <summary>Widen-a-request buttons: "w:{request id}:{b|s|r}".</summary>
    public const string WidenPrefix = "w:";

    public static string Button(string matchId, string action) => $"{ButtonPrefix}{matchId}:{action}";
}
