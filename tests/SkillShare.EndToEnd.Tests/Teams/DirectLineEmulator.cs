using System.Diagnostics;

namespace SkillShare.EndToEnd.Tests.Teams;

/// <summary>
/// offline-directline 1.3.1 run by tests/emulators/directline.js on 127.0.0.1. A missing node or
/// missing npm packages fail the test with the reason (test.sh runs npm ci); it never skips.
/// </summary>
public sealed class DirectLineEmulator : IAsyncDisposable
{
    private readonly Process _process;

    private DirectLineEmulator(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<DirectLineEmulator> StartAsync(string botUrl)
    {
        var emulators = Path.Combine(RepositoryRoot(), "tests", "emulators");
        if (!Directory.Exists(Path.Combine(emulators, "node_modules", "offline-directline")))
            throw new InvalidOperationException($"offline-directline is not installed: run `npm ci` in {emulators}.");

        var start = new ProcessStartInfo("node", ["directline.js", "0", botUrl])
        {
            WorkingDirectory = emulators,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = StartNode(start);
        return new DirectLineEmulator(process, await ReadBaseUrlAsync(process));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("node is not installed; the Teams e2e test needs it.", exception);
        }
    }

    private static async Task<string> ReadBaseUrlAsync(Process process)
    {
        const string Marker = "directline listening on ";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
                return line[Marker.Length..].Trim();
        }

        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        throw new InvalidOperationException("offline-directline exited before listening: " + error);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillShare.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("The repository root (SkillShare.sln) was not found.");
    }
}
