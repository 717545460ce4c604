using BenchmarkDotNet.Running;

namespace SkillShare.Benchmarks;

/// <summary>
/// The entry point: run with --filter to pick benchmarks, e.g. --filter *Extraction*. Not a
/// top-level program: SkillShare.Bot (referenced for the fan-out benchmark) already has a public Program.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
