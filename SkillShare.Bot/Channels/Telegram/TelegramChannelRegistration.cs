using Microsoft.Extensions.Options;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Hosting;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>Wires the Telegram channel; it stays idle (and says so in the log) without a token.</summary>
public static class TelegramChannelRegistration
{
    public static WebApplicationBuilder AddTelegramChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // The client logs each request's URL at Information, and Bot API URLs carry the token.
        builder.Logging.AddFilter("System.Net.Http.HttpClient." + TelegramClientFactory.HttpClientName,
            LogLevel.Warning);
        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddHttpClient(TelegramClientFactory.HttpClientName);

        services.AddSingleton<TelegramClientFactory>();
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TelegramSender>());
        services.AddScoped<TelegramUpdateProcessor>();
        services.AddSingleton<TelegramUpdateDispatcher>();
        services.AddSingleton<TelegramChannelService>();
        services.AddHostedService(s => s.GetRequiredService<TelegramChannelService>());
        services.AddSingleton<IChannelStatus, TelegramChannelStatus>();
        return builder;
    }

    public static WebApplication MapTelegramWebhook(this WebApplication app)
    {
        app.MapPost(TelegramWebhookEndpoint.Path, TelegramWebhookEndpoint.HandleAsync);
        return app;
    }
}
