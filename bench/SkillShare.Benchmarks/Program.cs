using BenchmarkDotNet.Running;
using SkillShare.Benchmarks;

if (args is ["memory"])
{
    IndexMemory.Print("starter");
    IndexMemory.Print("generated");
    return;
}

if (args is ["probe"])
{
    Probe.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkData).Assembly).Run(args);
