namespace SkillShare.Bot.Channels.Web;

/// <summary>POST body: a submitted form, its key and its fields by name.</summary>
public sealed record WebFormPost(string? DeliveryId, string? Key, Dictionary<string, string?>? Fields,
    string? MessageId);
