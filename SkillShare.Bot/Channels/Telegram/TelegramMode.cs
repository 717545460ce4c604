namespace SkillShare.Bot.Channels.Telegram;

/// <summary>How the host receives Telegram updates.</summary>
public enum TelegramMode
{
    /// <summary>The host asks for updates with getUpdates; works behind NAT, one host only.</summary>
    Polling,

    /// <summary>Telegram posts each update to Telegram:WebhookUrl (HTTPS, ports 443/80/88/8443).</summary>
    Webhook,
}
