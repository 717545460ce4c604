namespace SkillShare.Storage;

/// <summary>The names of the store's collections, in one place.</summary>
internal static class Collections
{
    public const string Members = "members";
    public const string Identities = "identities";
    public const string Verifications = "verifications";
    public const string Offers = "offers";
    public const string Requests = "requests";
    public const string Conversations = "conversations";
    public const string Deliveries = "deliveries";
    public const string Outbox = "outbox";
    public const string Meta = "meta";
    public const string Matches = "matches";
    public const string MatchModel = "matchmodel";
}
