using System.ComponentModel.DataAnnotations;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>The "Telegram" configuration section. No token means the channel is off.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The default API root; any other URL is a local Bot API server or an emulator.</summary>
    public const string OfficialApiBaseUrl = "https://api.telegram.org";

    /// <summary>The bot token from BotFather, "digits:rest". Empty: the channel is off.</summary>
    [RegularExpression(@"^(\d{1,16}:[A-Za-z0-9_\-:]+)?$", ErrorMessage = "Telegram:Token is not a bot token.")]
    public string Token { get; set; } = "";

    /// <summary>Where the Bot API lives; empty means the official API.</summary>
    public string ApiBaseUrl { get; set; } = "";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>
    /// Messages a second for the whole bot, paced evenly. Telegram refuses more than about 30 a
    /// second; 25 leaves room for replies sent outside the outbox.
    /// </summary>
    [Range(1, 1000)]
    public int MessagesPerSecond { get; set; } = 25;

    /// <summary>The public HTTPS URL Telegram posts to in webhook mode (ending in /telegram/webhook).</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>Echoed by Telegram in X-Telegram-Bot-Api-Secret-Token; required in webhook mode.</summary>
    [RegularExpression("^[A-Za-z0-9_-]{0,256}$", ErrorMessage = "Telegram:SecretToken allows A-Z a-z 0-9 _ - only.")]
    public string SecretToken { get; set; } = "";

    public bool Enabled => Token.Length > 0;

    /// <summary>The base URL handed to the client, or null for the official API.</summary>
    public string? CustomBaseUrl => string.IsNullOrWhiteSpace(ApiBaseUrl) ? null : ApiBaseUrl.Trim();
}
