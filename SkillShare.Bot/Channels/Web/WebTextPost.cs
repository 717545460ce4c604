namespace SkillShare.Bot.Channels.Web;

/// <summary>POST body: text typed in a pane. DeliveryId is made by the page, once per send.</summary>
public sealed record WebTextPost(string? DeliveryId, string? Text);
