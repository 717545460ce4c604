using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point: run with --filter to pick benchmarks, e.g. --filter *Extraction*.</summary>
public partial class Program;
