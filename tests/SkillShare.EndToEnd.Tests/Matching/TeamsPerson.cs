using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SkillShare.EndToEnd.Tests.Matching;

/// <summary>
/// A person in a personal Teams chat with the bot: posts activities shaped as Teams sends them from
/// loopback to the host's /api/messages (local mode), and reads what the bot sent to this chat from
/// the fake connector.
/// </summary>
public sealed class TeamsPerson(Uri host, FakeConnector connector, string aadObjectId, string name) : IDisposable
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);
    private static long _nextId = 1733300000000;

    private readonly HttpClient _http = new() { BaseAddress = host };
    private int _seen;

    public string Conversation { get; } = "a:" + aadObjectId;

    public Task SayAsync(string text) => PostAsync(Activity(a => a["text"] = text));

    /// <summary>Submits a card: a form's key and its answers.</summary>
    public Task SubmitAsync(string formKey, IReadOnlyDictionary<string, string> answers)
    {
        var value = new JsonObject { ["skillshareForm"] = formKey };
        foreach (var (field, answer) in answers)
            value[field] = answer;
        return PostAsync(Activity(a => a["value"] = value));
    }

    /// <summary>Presses the card button whose title contains this label on the latest card that has it.</summary>
    public Task PressAsync(string label)
    {
        var key = Sent().AsEnumerable().Reverse()
            .SelectMany(a => Objects(a).Where(o => IsButton(o, label)))
            .Select(o => o["data"]!["skillshareKey"]!.GetValue<string>())
            .FirstOrDefault() ?? throw new InvalidOperationException($"No button '{label}' in: {Describe()}");
        return PostAsync(Activity(a => a["value"] = new JsonObject { ["skillshareKey"] = key }));
    }

    /// <summary>The form key on the latest card that carries one.</summary>
    public string LatestFormKey() => Sent().AsEnumerable().Reverse()
        .SelectMany(Objects)
        .Select(o => o["skillshareForm"]?.GetValue<string>())
        .FirstOrDefault(k => k is not null) ?? throw new InvalidOperationException($"No form in: {Describe()}");

    /// <summary>Waits for an activity to this chat, sent since this person last acted, containing a fragment.</summary>
    public async Task<string> WaitForAsync(string fragment)
    {
        var deadline = DateTime.UtcNow + ReplyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var hit = Sent().Skip(_seen).Select(Words)
                .FirstOrDefault(w => w.Contains(fragment, StringComparison.Ordinal));
            if (hit is not null)
                return hit;

            await Task.Delay(100);
        }

        throw new TimeoutException($"Teams: nothing containing '{fragment}'. Bot sent: {Describe()}");
    }

    public void Dispose() => _http.Dispose();

    private List<JsonObject> Sent() =>
        [.. connector.Sent.Where(s => s.Conversation == Conversation).Select(s => s.Activity)];

    private string Describe() => string.Join(" | ", Sent().TakeLast(3).Select(Words));

    /// <summary>Every string in the activity (text, card text, titles), joined by spaces.</summary>
    private static string Words(JsonObject activity) => string.Join(" ", Strings(activity));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Objects(p.Value)).Prepend(obj),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    private static bool IsButton(JsonObject o, string label) =>
        o["data"]?["skillshareKey"] is not null &&
        o["title"]?.GetValue<string>().Contains(label, StringComparison.Ordinal) == true;

    private JsonObject Activity(Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["name"] = name, ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:skillshare", ["name"] = "SkillShare" },
            ["conversation"] = new JsonObject
            {
                ["id"] = Conversation, ["conversationType"] = "personal", ["tenantId"] = TenantId,
            },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        fill(activity);
        return activity;
    }

    private async Task PostAsync(JsonObject activity)
    {
        _seen = Sent().Count;
        using var response = await _http.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
    }
}
