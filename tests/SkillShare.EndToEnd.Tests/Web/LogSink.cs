using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace SkillShare.EndToEnd.Tests.Web;

/// <summary>Keeps every line the host logs, so a test can read what an operator would see in the terminal.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>Lines logged at Error or above, with the exception's type.</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    /// <summary>The first matching line after the first <paramref name="skip"/>, waiting up to the timeout.</summary>
    public async Task<Match> WaitForAsync(Regex pattern, int skip, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var match = _lines.Skip(skip).Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success);
            if (match is not null)
                return match;
            await Task.Delay(50);
        }

        throw new TimeoutException($"The host logged no line matching {pattern} within {timeout}.");
    }

    private sealed class Logger(LogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;

            var line = formatter(state, exception);
            sink._lines.Enqueue(line);
            if (logLevel >= LogLevel.Error)
                sink._errors.Enqueue($"{line} {exception?.GetType().Name}");
        }
    }
}
