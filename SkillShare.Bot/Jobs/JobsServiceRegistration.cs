using Quartz;

namespace SkillShare.Bot.Jobs;

/// <summary>
/// Registers the scheduled jobs. Quartz runs in memory and keeps nothing that matters: every job
/// reads its due work from the store, so a restart loses nothing.
/// </summary>
public static class JobsServiceRegistration
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddQuartz(quartz =>
        {
            quartz.ScheduleJob<PruneDeliveriesJob>(
                trigger => trigger.WithIdentity("prune-deliveries")
                    .StartAt(DateTimeOffset.UtcNow.AddMinutes(1))
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(6)).RepeatForever()),
                job => job.WithIdentity("prune-deliveries"));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
