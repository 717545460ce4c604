using SkillShare.Bot.Channels.Web;

namespace SkillShare.Bot.Hosting;

/// <summary>Wires the host: storage, conversation engine, channels, jobs.</summary>
public static class BotServiceRegistration
{
    public static WebApplicationBuilder AddSkillShareBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddSkillShareStorage();
        builder.AddWebChannel();
        return builder;
    }

    public static WebApplication MapSkillShareEndpoints(this WebApplication app)
    {
        app.MapSkillShareHealth();
        app.MapWebChannel();
        return app;
    }
}
