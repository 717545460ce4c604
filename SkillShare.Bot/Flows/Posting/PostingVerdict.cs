namespace SkillShare.Bot.Flows.Posting;

/// <summary>
/// What a member may do with posts; ReasonKey is the text that says why publishing is refused, and
/// OfferVerification whether a "verify" button helps.
/// </summary>
public sealed record PostingVerdict(bool MayPublish, bool MayDraft, string? ReasonKey, bool OfferVerification)
{
    public static PostingVerdict Allowed { get; } = new(true, true, null, false);

    public static PostingVerdict NeedsVerification { get; } =
        new(false, false, "flows.post.need_verification", true);
}
