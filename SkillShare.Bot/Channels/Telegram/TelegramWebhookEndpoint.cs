using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
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

    /// <summary>Telegram's updates are a few kilobytes; anything near this is not one.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext context, IOptions<TelegramOptions> options,
        TelegramUpdateDispatcher dispatcher, IHostApplicationLifetime lifetime)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.Mode != TelegramMode.Webhook)
            return Results.NotFound();
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), settings.SecretToken))
            return Results.Unauthorized();

        if (context.Request.ContentLength > MaxBodyBytes)
            return Results.Problem("The update is larger than 1 MiB.", statusCode: 413);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;

        var (update, problem) = await ReadUpdateAsync(context.Request);
        if (update is null)
            return problem!;

        await dispatcher.DispatchAsync(update, lifetime.ApplicationStopping);
        return Results.Ok();
    }

    /// <summary>Compares SHA-256 digests with FixedTimeEquals, so neither content nor length leaks.</summary>
    public static bool SecretMatches(string presented, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static async Task<(Update? Update, IResult? Problem)> ReadUpdateAsync(HttpRequest request)
    {
        try
        {
            var update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options,
                request.HttpContext.RequestAborted);
            return update is null
                ? (null, Results.Problem("The body is not an update.", statusCode: 400))
                : (update, null);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Results.Problem("The update is larger than 1 MiB.", statusCode: 413));
        }
        catch (Exception unreadable) when (unreadable is JsonException or ArgumentException or FormatException
                                               or NotSupportedException or OverflowException)
        {
            // A value out of range (e.g. a date in milliseconds) fails inside a converter, not as JSON.
            return (null, Results.Problem("The body is not a valid Telegram update.", statusCode: 400));
        }
    }
}
