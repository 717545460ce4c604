using Microsoft.Extensions.Options;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>Checks the rules that span fields: a base URL that parses, and what webhook mode needs.</summary>
public sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (options.CustomBaseUrl is { } url && !IsHttpUrl(url))
            failures.Add("Telegram:ApiBaseUrl must be an absolute http(s) URL.");

        if (options.Enabled && options.Mode == TelegramMode.Webhook)
        {
            if (!IsHttpUrl(options.WebhookUrl))
                failures.Add("Telegram:WebhookUrl must be an absolute URL in webhook mode.");
            if (options.SecretToken.Length == 0)
                failures.Add("Telegram:SecretToken is required in webhook mode.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
