using System.Diagnostics;
using System.Globalization;
using SkillShare.Core.Matching.Scoring;
using SkillShare.Core.Matching.Simulation;

namespace SkillShare.Benchmarks;

/// <summary>
/// A quick look while tuning: per-request times of index and scan over 100,000 offers, one pass,
/// no warm-up discipline. The figures to report come from BenchmarkDotNet, not from here.
/// </summary>
public static class Probe
{
    public static void Run()
    {
        foreach (var name in new[] { "starter", "generated" })
        {
            var (index, requests) = BenchmarkData.Market(name, 100_000, 20_000, 200);
            var model = ReciprocalModel.CreatePrior();
            var indexMs = Time(() => requests.ForEach(r => index.TopMatches(r, model, SyntheticMarket.Now)));
            var scanMs = Time(() => requests.ForEach(r => index.ScanTopMatches(r, model, SyntheticMarket.Now)));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: index {indexMs / requests.Count:F3} ms, scan {scanMs / requests.Count:F3} ms per request"));
        }
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
