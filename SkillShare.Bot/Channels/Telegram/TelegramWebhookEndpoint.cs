using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// POST /telegram/webhook: checks X-Telegram-Bot-Api-Secret-Token in constant time before the body
/// is read (401 otherwise), then handles the update and answers 200 so Telegram does not resend.
/// Answers 404 unless the channel is on in webhook mode.
/// </summary>
public static class TelegramWebhookEndpoint
{
    public const string Path = "/telegram/webhook";

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(HttpContext context, IOptions<TelegramOptions> options,
        TelegramUpdateDispatcher dispatcher, IHostApplicationLifetime lifetime)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.Mode != TelegramMode.Webhook)
            return Results.NotFound();
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), settings.SecretToken))
            return Results.Unauthorized();

        var update = await ReadUpdateAsync(context.Request);
        if (update is null)
            return Results.BadRequest();

        await dispatcher.DispatchAsync(update, lifetime.ApplicationStopping);
        return Results.Ok();
    }

    /// <summary>Compares SHA-256 digests with FixedTimeEquals, so neither content nor length leaks.</summary>
    public static bool SecretMatches(string presented, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static async Task<Update?> ReadUpdateAsync(HttpRequest request)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options,
                request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
