using System.Net.Http.Json;
using System.Text.Json;

namespace SkillShare.Bot.Tests.Channels.Web;

/// <summary>What the page's script does, over HTTP: fetch the session, then post with the token header.</summary>
public sealed class WebClient(HttpClient http)
{
    public HttpClient Http => http;

    public string Token { get; private set; } = "";

    public JsonElement Session { get; private set; }

    public async Task<JsonElement> StartAsync()
    {
        Session = await http.GetFromJsonAsync<JsonElement>("/web/api/session");
        Token = Session.GetProperty("token").GetString()!;
        return Session;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (withToken)
            request.Headers.Add("X-CSRF-TOKEN", Token);
        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> TextAsync(string pane, string? text, string? deliveryId = null) =>
        PostAsync($"/web/api/panes/{pane}/text", new { deliveryId = deliveryId ?? NewDeliveryId(), text });

    public static string NewDeliveryId() => Guid.NewGuid().ToString("N");

    public static async Task<IReadOnlyList<JsonElement>> RepliesAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("replies").EnumerateArray().ToList();
    }

    public static async Task<string?> ReasonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
    }
}
