using System.Globalization;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// The language to speak in a Telegram chat: the member's chosen language when the chat belongs to a
/// known member, else the client's language_code (zh* is Chinese), else English.
/// </summary>
public static class TelegramLanguages
{
    public static UiLanguage For(IMemberStore? members, long chatId, string? clientLanguageCode)
    {
        var identity = new ChannelIdentity(ChannelKind.Telegram, chatId.ToString(CultureInfo.InvariantCulture));
        return chatId > 0 && members?.FindByIdentity(identity) is { } member
            ? member.Language
            : UiLanguages.FromLanguageCode(clientLanguageCode);
    }
}
