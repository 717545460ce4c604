using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SkillShare.Bot.Tests.Channels.Telegram;

/// <summary>Keeps every log line the host writes, to check what an operator would read.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<(EventId Id, string Message)> _lines = new();

    public IReadOnlyList<(EventId Id, string Message)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Recorder(_lines);

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<(EventId, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) => lines.Enqueue((eventId, formatter(state, exception)));
    }
}
