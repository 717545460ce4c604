namespace SkillShare.Bot.Channels.Telegram;

/// <summary>What the channel does with an update.</summary>
public enum TelegramInboundKind
{
    /// <summary>A private-chat turn for the conversation engine.</summary>
    Turn,

    /// <summary>An edited private message: the member is told edits are not read.</summary>
    EditedMessage,

    /// <summary>A message in a group: the bot explains once that it works in private chats.</summary>
    GroupMessage,

    /// <summary>Dropped on purpose (channel posts, no sender, bots, service updates).</summary>
    Ignored,
}
