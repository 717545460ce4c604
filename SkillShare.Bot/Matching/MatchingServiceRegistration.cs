using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using SkillShare.Bot.Flows;
using SkillShare.Bot.Notifications;

namespace SkillShare.Bot.Matching;

/// <summary>Registers matching: the turn hook, the offer index, the model, the templates and the sweep job.</summary>
public static class MatchingServiceRegistration
{
    public static WebApplicationBuilder AddMatching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MatchingOptions>()
            .BindConfiguration(MatchingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddMatching();
        var interval = builder.Configuration.GetSection(MatchingOptions.Section)
            .GetValue(nameof(MatchingOptions.SweepInterval), new MatchingOptions().SweepInterval);
        builder.Services.AddQuartz(quartz => quartz.ScheduleJob<MatchSweepJob>(
            trigger => trigger.WithIdentity("match-sweep")
                .StartAt(DateTimeOffset.UtcNow.Add(interval))
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
            job => job.WithIdentity("match-sweep")));
        return builder;
    }

    /// <summary>
    /// Matching's services over the stores (IMatchStore, IModelStateStore, IMemberConversations,
    /// IPostStore, IMemberStore, IConversationStore) registered by the caller.
    /// </summary>
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddOptions<MatchingOptions>();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<MatchModelService>();
        services.AddSingleton<OfferIndexService>();
        services.AddSingleton<MatchMessages>();
        services.AddSingleton<MatchPlanner>();
        services.AddSingleton<MatchViews>();
        services.AddSingleton<PublishMatcher>();
        services.AddSingleton<MatchAnswers>();
        services.AddSingleton<MatchRelay>();
        services.AddSingleton<MatchSweepService>();
        services.AddSingleton<ITurnHook, MatchTurnHook>();
        services.AddSingleton<INotificationTemplate, RequestForFreelancerTemplate>();
        services.AddSingleton<INotificationTemplate, ShortlistTemplate>();
        services.AddSingleton<INotificationTemplate, MatchedTemplate>();
        services.AddSingleton<INotificationTemplate, RelayTemplate>();
        return services;
    }
}
