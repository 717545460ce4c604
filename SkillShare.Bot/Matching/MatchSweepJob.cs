using Quartz;

namespace SkillShare.Bot.Matching;

/// <summary>Runs the match sweep on Quartz's schedule; the work and its state live in the store.</summary>
[DisallowConcurrentExecution]
internal sealed class MatchSweepJob(MatchSweepService sweep) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        sweep.Run();
        return ValueTask.CompletedTask;
    }
}
