using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SkillShare.Bot.Tests.Channels.Web;

public sealed class WebSessionCookieTests(WebHostFactory factory) : IClassFixture<WebHostFactory>
{
    private HttpClient CookielessClient() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    [Fact]
    public async Task Session_FirstVisit_SetsHttpOnlySameSiteStrictCookies()
    {
        var http = CookielessClient();

        var response = await http.GetAsync("/web/api/session");

        var cookies = SetCookies(response);
        var session = Assert.Single(cookies, c => c.StartsWith("skillshare.web=", StringComparison.Ordinal));
        var antiforgery = Assert.Single(cookies, c => c.StartsWith("skillshare.af=", StringComparison.Ordinal));
        foreach (var cookie in new[] { session, antiforgery })
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Session_OverHttps_CookieIsSecure()
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });

        var response = await http.GetAsync("/web/api/session");

        var session = SetCookies(response).Single(c => c.StartsWith("skillshare.web=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Session_CookieValue_HoldsNoReadableMemberId()
    {
        var http = CookielessClient();

        var response = await http.GetAsync("/web/api/session");

        var session = SetCookies(response).Single(c => c.StartsWith("skillshare.web=", StringComparison.Ordinal));
        Assert.DoesNotContain("FreelancerId", session, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostText_TamperedSessionCookie_Is400NoSession()
    {
        var http = CookielessClient();
        var first = await http.GetAsync("/web/api/session");
        var antiforgery = SetCookies(first).Single(c => c.StartsWith("skillshare.af=", StringComparison.Ordinal));
        var token = (await first.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>())
            .GetProperty("token").GetString()!;

        var request = new HttpRequestMessage(HttpMethod.Post, "/web/api/panes/client/text")
        {
            Content = new StringContent("""{"deliveryId":"abcdefgh12","text":"hi"}""", Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        request.Headers.Add("Cookie", $"{antiforgery.Split(';')[0]}; skillshare.web=forged-value");
        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.no-session", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task Session_SecondVisit_KeepsTheSameMembers()
    {
        var client = new WebClient(factory.CreateClient());
        var first = await client.StartAsync();

        var second = await client.StartAsync();

        Assert.Equal(first.GetProperty("panes").ToString(), second.GetProperty("panes").ToString());
    }

    [Fact]
    public async Task Session_ChineseBrowser_GetsChinesePageStrings()
    {
        var http = CookielessClient();
        http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN,zh;q=0.9");

        var session = await http.GetFromJsonAsync<System.Text.Json.JsonElement>("/web/api/session");

        Assert.Equal("zh", session.GetProperty("language").GetString());
        Assert.Equal("发送", session.GetProperty("strings").GetProperty("send").GetString());
    }
}
