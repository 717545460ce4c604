using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>An update translated: a turn, a group message, or a reason to ignore it.</summary>
public sealed record TelegramInbound(TelegramInboundKind Kind, string DeliveryId)
{
    public Turn? Turn { get; init; }

    public long ChatId { get; init; }

    /// <summary>Set for every callback query, which must be answered whatever happens next.</summary>
    public string? CallbackQueryId { get; init; }

    public string? LanguageCode { get; init; }

    /// <summary>Why an update is ignored, for the debug log.</summary>
    public string Reason { get; init; } = "";
}
