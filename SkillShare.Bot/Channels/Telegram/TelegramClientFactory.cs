using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Creates Bot API clients on the named HttpClient "telegram". The library's own 429 auto-retry is
/// off (RetryThreshold 0): it would hold one send for minutes; TelegramSender waits instead.
/// </summary>
public sealed class TelegramClientFactory(IHttpClientFactory httpClients, IOptions<TelegramOptions> options)
{
    public const string HttpClientName = "telegram";

    public ITelegramBotClient Create()
    {
        var settings = options.Value;
        var clientOptions = new TelegramBotClientOptions(settings.Token, settings.CustomBaseUrl) { RetryThreshold = 0 };
        return new TelegramBotClient(clientOptions, httpClients.CreateClient(HttpClientName));
    }
}
