using SkillShare.Bot.Channels.Telegram;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Jobs;
using SkillShare.Bot.Notifications;
using SkillShare.Bot.Skills;

namespace SkillShare.Bot.Hosting;

/// <summary>Wires the host: storage, conversation engine, channels, jobs.</summary>
public static class BotServiceRegistration
{
    public static WebApplicationBuilder AddSkillShareBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddSkillShareStorage();
        builder.AddSkillShareSkills();
        builder.AddConversations();
        builder.AddNotifications();
        builder.AddJobs();
        builder.AddTelegramChannel();
        builder.AddTeams();
        return builder;
    }

    public static WebApplication MapSkillShareEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapTelegramWebhook();
        app.MapTeams();
        return app;
    }
}
