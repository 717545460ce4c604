using System.Diagnostics;

namespace SkillShare.EndToEnd.Tests.Telegram;

/// <summary>
/// Runs telegram-test-api (tests/emulators, installed by test.sh with npm ci) as a node process
/// bound to 127.0.0.1 on a free port. Missing node or packages fail the test with how to fix it.
/// </summary>
public sealed class TelegramEmulator : IAsyncLifetime
{
    private Process? _process;

    public Uri BaseUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "emulators");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "telegram-test-api")))
        {
            throw new InvalidOperationException(
                $"telegram-test-api is not installed: run `npm ci` in {folder} (test.sh does this).");
        }

        _process = StartNode(folder);
        var line = await ReadListeningLineAsync(_process);
        BaseUrl = new Uri(line["LISTENING ".Length..]);
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
            return;

        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static Process StartNode(string folder)
    {
        var start = new ProcessStartInfo("node", "telegram-emulator.js")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            var ci = Environment.GetEnvironmentVariable("CI") == "true" ? " (CI=true)" : "";
            throw new InvalidOperationException(
                $"The Telegram end-to-end tests need Node.js on PATH{ci}; install nodejs and npm.", error);
        }
    }

    private static async Task<string> ReadListeningLineAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("LISTENING ", StringComparison.Ordinal))
                return line;
        }

        var error = await process.StandardError.ReadToEndAsync(CancellationToken.None);
        throw new InvalidOperationException($"The Telegram emulator exited before listening: {error}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillShare.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("SkillShare.sln not found above the test binaries.");
    }
}
