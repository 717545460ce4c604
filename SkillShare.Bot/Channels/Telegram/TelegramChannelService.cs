using Microsoft.Extensions.Options;
using SkillShare.Core.Members;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Starts the channel: logs that it is off when there is no token; otherwise registers the command
/// menus, sets (webhook mode) or deletes (polling mode) the webhook, and in polling mode runs the
/// getUpdates loop with an exponential back-off on errors, which the library lacks.
/// </summary>
public sealed class TelegramChannelService(
    IOptions<TelegramOptions> options,
    TelegramClientFactory clients,
    TelegramUpdateDispatcher dispatcher,
    TimeProvider time,
    ILogger<TelegramChannelService> logger) : BackgroundService
{
    public const int LongPollSeconds = 25;

    /// <summary>An empty batch faster than this means the server ignored the long-poll timeout.</summary>
    public static readonly TimeSpan EmptyBatchFloor = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private int _failures;

    /// <summary>Polling failures in a row, as /healthz reports them; 0 while polling works.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _failures);

    private static readonly UpdateType[] AllowedUpdates =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    /// <summary>1 s, 2 s, 4 s... after consecutive failures, capped at <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan BackoffAfter(int failures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures, 10) - 1)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            Log.ChannelOff(logger);
            return;
        }

        Log.ChannelOn(logger, settings.Mode, settings.CustomBaseUrl ?? TelegramOptions.OfficialApiBaseUrl);
        await SetUpAsync(settings, stoppingToken);
        if (settings.Mode == TelegramMode.Polling)
            await PollAsync(stoppingToken);
    }

    private async Task SetUpAsync(TelegramOptions settings, CancellationToken cancellationToken)
    {
        var bot = clients.Create();
        await TryAsync(() => bot.SetMyCommands(TelegramCommands.For(UiLanguage.English),
            cancellationToken: cancellationToken));
        await TryAsync(() => bot.SetMyCommands(TelegramCommands.For(UiLanguage.Chinese), languageCode: "zh",
            cancellationToken: cancellationToken));
        await TryAsync(() => settings.Mode == TelegramMode.Webhook
            ? bot.SetWebhook(settings.WebhookUrl, secretToken: settings.SecretToken,
                allowedUpdates: AllowedUpdates, cancellationToken: cancellationToken)
            : bot.DeleteWebhook(cancellationToken: cancellationToken));
    }

    /// <summary>Runs one set-up call; a failure is logged and does not keep the others from running.</summary>
    private async Task TryAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (RequestException error)
        {
            Log.SetUpFailed(logger, error);
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                offset = await PollOnceAsync(offset, stoppingToken);
                Volatile.Write(ref _failures, 0);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                var failures = Interlocked.Increment(ref _failures);
                var delay = BackoffAfter(failures);
                Log.PollingFailed(logger, failures, delay.TotalSeconds, error);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    private async Task<int?> PollOnceAsync(int? offset, CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        var updates = await clients.Create().GetUpdates(offset, 100, LongPollSeconds, AllowedUpdates,
            stoppingToken);
        if (updates.Length == 0)
        {
            if (time.GetElapsedTime(started) < EmptyBatchFloor)
                await Task.Delay(EmptyBatchFloor, time, stoppingToken);
            return offset;
        }

        await dispatcher.DispatchBatchAsync(updates, stoppingToken);
        return updates.Max(u => u.Id) + 1;
    }
}
