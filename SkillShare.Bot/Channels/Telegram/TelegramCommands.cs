using SkillShare.Bot.Localization;
using SkillShare.Core.Members;
using Telegram.Bot.Types;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>The command menu registered with SetMyCommands, one list per language.</summary>
public static class TelegramCommands
{
    public static readonly IReadOnlyList<string> Names =
    [
        "start", "menu", "offer", "request", "offers", "requests", "profile", "verify", "settings", "help", "cancel",
    ];

    public static IReadOnlyList<BotCommand> For(UiLanguage language) =>
        [.. Names.Select(name => new BotCommand(name, Texts.Default.Get(language, "telegram.command." + name)))];
}
