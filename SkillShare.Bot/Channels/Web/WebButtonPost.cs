namespace SkillShare.Bot.Channels.Web;

/// <summary>POST body: a pressed button's key and the id of the message it was on.</summary>
public sealed record WebButtonPost(string? DeliveryId, string? Key, string? MessageId);
