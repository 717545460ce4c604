using Telegram.Bot.Types.ReplyMarkups;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>One Telegram message ready to send: HTML text (at most 4096 visible characters) and its markup.</summary>
public sealed record TelegramMessage(string Html, ReplyMarkup? Markup = null);
