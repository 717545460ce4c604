using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SkillShare.Bot.Tests.Notifications.FanOut;

namespace SkillShare.Benchmarks.Notifications;

/// <summary>
/// Fan-out: 1,000 notifications to 1,000 distinct Telegram chats, queued in the real outbox (LiteDB
/// on a temp file), drained by the real OutboxDispatcher through the real TelegramSender (25 a
/// second) against a fake Bot API on 127.0.0.1 that answers 429 past 30 in any second. One run
/// takes about 40 s, so the job is a single monitored iteration; the figures line (429s, the most
/// accepted in any second, the ratio to what 25 a second allows) is printed after the run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class FanOutBenchmarks
{
    private const int Messages = 1_000;
    private const int ApiPerSecond = 30;
    private const int SenderPerSecond = 25;

    private FanOutRun _run = null!;
    private FanOutFigures? _figures;

    [IterationSetup]
    public void Setup() =>
        _run = FanOutRun.PrepareAsync(Messages, ApiPerSecond, SenderPerSecond).GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> FanOut()
    {
        _figures = await _run.RunAsync(TimeSpan.FromMinutes(5));
        return _figures.OutboxSent;
    }

    [IterationCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// {_figures}");
        _run.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
