namespace SkillShare.Bot.Channels.Web;

/// <summary>POST body: the page's language, "en" or "zh".</summary>
public sealed record WebLanguagePost(string? Language);
