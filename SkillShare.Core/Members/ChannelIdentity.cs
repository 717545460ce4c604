namespace SkillShare.Core.Members;

/// <summary>A person's id on one channel: a Telegram user id, a Teams aadObjectId, a web session id.</summary>
public sealed record ChannelIdentity(ChannelKind Channel, string UserId)
{
    /// <summary>A stable string form, used as an index key: "Telegram:12345".</summary>
    public string Key => $"{Channel}:{UserId}";
}
