namespace SkillShare.Storage;

/// <summary>A channel identity's key ("Telegram:123") pointing at its member: the index behind look-ups.</summary>
internal sealed class IdentityLink
{
    public string Id { get; set; } = "";

    public string MemberId { get; set; } = "";
}
