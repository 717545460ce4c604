using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkillShare.Bot.Channels.Telegram;

namespace SkillShare.Bot.Tests.Channels.Telegram;

/// <summary>A TelegramSender wired as the host wires it, talking to an in-process fake Bot API.</summary>
public sealed class SenderHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public SenderHarness()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddOptions<TelegramOptions>().Configure(o =>
        {
            o.Token = "123456:TEST";
            o.ApiBaseUrl = "http://127.0.0.1:9";
        });
        services.AddHttpClient(TelegramClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Api);
        services.AddSingleton<TelegramClientFactory>();
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramSender>();
        _services = services.BuildServiceProvider();
    }

    public FakeBotApi Api { get; } = new();

    public FakeTimeProvider Time { get; } = new();

    public TelegramSender Sender => _services.GetRequiredService<TelegramSender>();

    /// <summary>Waits (real time, bounded) until the fake API has seen a number of calls.</summary>
    public async Task WaitForCallsAsync(int count)
    {
        for (var i = 0; i < 500 && Api.Calls.Count < count; i++)
            await Task.Delay(10);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
