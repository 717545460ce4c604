namespace SkillShare.Bot.Notifications;

/// <summary>Registers the outbox dispatcher and its signal.</summary>
public static class NotificationServiceRegistration
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DispatchOptions>()
            .BindConfiguration(DispatchOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<DigestComposer>();
        builder.Services.AddSingleton<INotificationTemplate, DeferredReplies>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(s => s.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
