using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SkillShare.EndToEnd.Tests.Telegram;

/// <summary>
/// Test-only: bridges where telegram-test-api 4.2.1 departs from the real Bot API, so the product's
/// unchanged client can talk to it. Each departure is named where it is bridged. The webhook
/// departures (no secret-token header, an update_id shared by two updates, the process exiting
/// when the webhook answers non-2xx) need no bridge: these tests run the host in polling mode.
/// </summary>
public sealed class EmulatorBridgeHandler : DelegatingHandler
{
    /// <summary>Below this a number in a "date" field is seconds; above it, milliseconds.</summary>
    private const long MillisecondsThreshold = 100_000_000_000;

    private static readonly TimeSpan EmptyPollHold = TimeSpan.FromMilliseconds(300);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1];
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);

        // Departure: setMyCommands is not implemented (HTTP 500 "API method ... is not supported");
        // the real API answers true, so the bridge does, without asking the emulator.
        if (method == "setMyCommands")
            return Ok(JsonValue.Create(true));

        var response = await base.SendAsync(request, cancellationToken);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();

        // Departure: failures come as {"message": ...} with HTTP 500 (and deleteMessage's error with
        // HTTP 200); the real API always sends {"ok":false,"error_code","description"}.
        if (json["ok"] is null)
            return Error((int)response.StatusCode, json["message"]?.GetValue<string>() ?? "emulator error");
        if (json["ok"]!.GetValue<bool>() is false)
            return Error(json["error_code"]?.GetValue<int>() ?? 400, json["description"]?.GetValue<string>() ?? "");

        var result = json["result"];
        // Departure: getUpdates ignores its long-poll timeout and answers at once; hold an empty
        // answer briefly, as a long poll would, so the host does not spin.
        if (method == "getUpdates" && result is JsonArray { Count: 0 })
            await Task.Delay(EmptyPollHold, cancellationToken);

        // Departure: getUpdates also ignores offset and limit; it marks what it returns as read,
        // so nothing comes twice and the bridge needs no offset bookkeeping.
        return Ok(result is null ? NullResultFor(method, body) : SecondsDates(result.DeepClone()));
    }

    /// <summary>
    /// Departure: editMessageText, editMessageReplyMarkup, answerCallbackQuery, setWebhook and
    /// deleteMessage answer result:null; the real API answers true, or the edited Message.
    /// </summary>
    private static JsonNode NullResultFor(string method, string requestBody)
    {
        if (method is not ("editMessageText" or "editMessageReplyMarkup"))
            return JsonValue.Create(true);

        var sent = JsonNode.Parse(requestBody)!.AsObject();
        return new JsonObject
        {
            ["message_id"] = sent["message_id"]!.DeepClone(),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = sent["chat_id"]!.DeepClone(), ["type"] = "private" },
            ["text"] = sent["text"]?.DeepClone(),
        };
    }

    /// <summary>Departure: sendMessage's result carries "date" in milliseconds; the API uses seconds.</summary>
    private static JsonNode SecondsDates(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "date" && value is JsonValue v && v.TryGetValue<long>(out var date) &&
                        date > MillisecondsThreshold)
                        obj[key] = date / 1000;
                    else if (value is not null)
                        SecondsDates(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                        SecondsDates(item);
                }

                break;
        }

        return node;
    }

    private static HttpResponseMessage Ok(JsonNode result) =>
        Json(HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = result });

    private static HttpResponseMessage Error(int status, string description)
    {
        var code = status is >= 400 and < 600 ? status : 400;
        return Json((HttpStatusCode)code,
            new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description });
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject json) => new(status)
    {
        Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"),
    };
}
