using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SkillShare.EndToEnd.Tests.Telegram;

/// <summary>
/// A person in a private chat with the bot, driven through the emulator's test-client routes:
/// sends text, contacts and button presses, and waits for the bot's new or edited messages.
/// </summary>
public sealed class TelegramUser(Uri emulator, string botToken, long userId, string languageCode = "en")
    : IDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    private readonly HttpClient _http = new() { BaseAddress = emulator };
    private Dictionary<int, string> _seen = [];

    public long UserId => userId;

    public Task SendTextAsync(string text) => PostAsync("sendMessage", Message(m => m["text"] = text));

    public Task SendContactAsync(string phone, long contactUserId) => PostAsync("sendMessage", Message(m =>
        m["contact"] = new JsonObject
        {
            ["phone_number"] = phone,
            ["first_name"] = "Ada",
            ["user_id"] = contactUserId,
        }));

    /// <summary>Sends a photo in two sizes, as Telegram does; the larger one's file id is "<prefix>-large".</summary>
    public Task SendPhotoAsync(string prefix) => PostAsync("sendMessage", Message(m => m["photo"] = new JsonArray(
        PhotoSize(prefix + "-small", 90), PhotoSize(prefix + "-large", 800))));

    /// <summary>Presses the inline button with this label on the bot's latest message that has it.</summary>
    public async Task PressAsync(string label)
    {
        var messages = await BotMessagesAsync();
        var (message, data) = messages.AsEnumerable().Reverse()
            .Select(m => (m, Data: ButtonData(m, label)))
            .FirstOrDefault(x => x.Data is not null);
        if (data is null)
            throw new InvalidOperationException($"No button '{label}' in: {Describe(messages)}");

        await PostAsync("sendCallback", new JsonObject
        {
            ["botToken"] = botToken,
            ["from"] = From(),
            ["message"] = new JsonObject
            {
                ["message_id"] = message.Id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = Chat(),
                ["text"] = message.Text,
            },
            ["data"] = data,
        });
    }

    /// <summary>Waits for a bot message, new or edited since the last wait, whose text contains a fragment.</summary>
    public async Task<BotMessage> WaitForReplyAsync(string fragment)
    {
        var deadline = DateTime.UtcNow + ReplyTimeout;
        List<BotMessage> messages = [];
        while (DateTime.UtcNow < deadline)
        {
            messages = await BotMessagesAsync();
            var fresh = messages.Where(m => !_seen.TryGetValue(m.Id, out var text) || text != m.Text).ToList();
            if (fresh.FirstOrDefault(m => m.Text.Contains(fragment, StringComparison.OrdinalIgnoreCase)) is { } hit)
            {
                _seen = messages.ToDictionary(m => m.Id, m => m.Text);
                return hit;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No reply containing '{fragment}'. Bot said: {Describe(messages)}");
    }

    /// <summary>The bot's messages to this chat so far, oldest first, as the emulator now stores them.</summary>
    public async Task<List<BotMessage>> BotMessagesAsync()
    {
        var response = await _http.PostAsJsonAsync("getUpdatesHistory", new JsonObject { ["token"] = botToken });
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return json["result"]!.AsArray()
            .Select(item => item!.AsObject())
            .Where(item => item["message"]?["chat_id"]?.ToString() == userId.ToString(CultureInfo.InvariantCulture))
            .Select(BotMessage.From)
            .ToList();
    }

    public void Dispose() => _http.Dispose();

    private static string? ButtonData(BotMessage message, string label) =>
        message.Buttons.FirstOrDefault(b => b.Label.Contains(label, StringComparison.OrdinalIgnoreCase)).Data;

    private static string Describe(IEnumerable<BotMessage> messages) =>
        string.Join(" | ", messages.TakeLast(4).Select(m => m.ToString()));

    private JsonObject Message(Action<JsonObject> fill)
    {
        var message = new JsonObject
        {
            ["botToken"] = botToken,
            ["from"] = From(),
            ["chat"] = Chat(),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        fill(message);
        return message;
    }

    private JsonObject From() => new()
    {
        ["id"] = userId,
        ["is_bot"] = false,
        ["first_name"] = "Ada",
        ["language_code"] = languageCode,
    };

    private JsonObject Chat() => new() { ["id"] = userId, ["first_name"] = "Ada", ["type"] = "private" };

    private async Task PostAsync(string route, JsonObject body)
    {
        using var response = await _http.PostAsJsonAsync(route, body);
        response.EnsureSuccessStatusCode();
    }

    private static JsonObject PhotoSize(string fileId, int side) => new()
    {
        ["file_id"] = fileId,
        ["file_unique_id"] = fileId,
        ["width"] = side,
        ["height"] = side,
    };
}
