using Quartz;
using SkillShare.Storage;

namespace SkillShare.Bot.Jobs;

/// <summary>
/// Forgets processed delivery ids older than two days: channels re-send an update for minutes,
/// not days, so the dedupe log need not grow for ever.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PruneDeliveriesJob(LiteDbStore store, TimeProvider time, ILogger<PruneDeliveriesJob> logger)
    : IJob
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var pruned = store.PruneDeliveries(time.GetUtcNow() - Retention);
        Log.Pruned(logger, pruned);
        return ValueTask.CompletedTask;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Forgot {Count} processed delivery ids")]
        public static partial void Pruned(ILogger logger, int count);
    }
}
