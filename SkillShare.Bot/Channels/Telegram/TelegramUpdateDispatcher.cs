using Telegram.Bot.Types;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// Runs updates through a scoped <see cref="TelegramUpdateProcessor"/>: one chat's updates in order,
/// different chats side by side. A failing update is logged and never stops the others.
/// </summary>
public sealed class TelegramUpdateDispatcher(IServiceScopeFactory scopes, ILogger<TelegramUpdateDispatcher> logger)
{
    public Task DispatchBatchAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken) =>
        Task.WhenAll(updates.GroupBy(ChatOf).Select(chat => DispatchInOrderAsync(chat, cancellationToken)));

    public async Task DispatchAsync(Update update, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<TelegramUpdateProcessor>()
                .ProcessAsync(update, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Log.UpdateFailed(logger, update.Id, error);
        }
    }

    private async Task DispatchInOrderAsync(IEnumerable<Update> updates, CancellationToken cancellationToken)
    {
        foreach (var update in updates)
            await DispatchAsync(update, cancellationToken);
    }

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.CallbackQuery?.From.Id ?? 0;
}
