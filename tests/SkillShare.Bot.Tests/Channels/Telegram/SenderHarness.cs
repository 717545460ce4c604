using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkillShare.Bot.Channels.Telegram;

namespace SkillShare.Bot.Tests.Channels.Telegram;

/// <summary>
/// The channel's sender and polling service wired as the host wires them, talking to an in-process
/// fake Bot API, on a fake clock.
/// </summary>
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
        services.AddSingleton<TelegramUpdateDispatcher>();
        services.AddSingleton<TelegramChannelService>();
        _services = services.BuildServiceProvider();
    }

    public FakeBotApi Api { get; } = new();

    public FakeTimeProvider Time { get; } = new();

    public TelegramSender Sender => _services.GetRequiredService<TelegramSender>();

    public TelegramChannelService Channel => _services.GetRequiredService<TelegramChannelService>();

    /// <summary>Waits (real time, bounded) until the fake API has seen a number of calls.</summary>
    public async Task WaitForCallsAsync(int count, string? method = null)
    {
        for (var i = 0; i < 500 && Count(method) < count; i++)
            await Task.Delay(10);
    }

    /// <summary>Lets real time pass so that a call that was going to happen would have.</summary>
    public static Task SettleAsync() => Task.Delay(150);

    public int Count(string? method = null) => method is null ? Api.Calls.Count : Api.CallsTo(method).Count;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
