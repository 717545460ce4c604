using SkillShare.Bot.Channels.Teams;
using SkillShare.Bot.Channels.Telegram;
using SkillShare.Bot.Channels.Web;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Jobs;
using SkillShare.Bot.Matching;
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
        builder.AddMatching();
        builder.AddJobs();
        builder.AddTelegramChannel();
        builder.AddTeams();
        builder.Services.AddSingleton<IChannelStatus, TeamsChannelStatus>();
        builder.AddWebChannel();
        return builder;
    }

    public static WebApplication MapSkillShareEndpoints(this WebApplication app)
    {
        app.MapSkillShareHealth();
        app.MapTelegramWebhook();
        app.MapTeams();
        app.MapWebChannel();
        return app;
    }
}
