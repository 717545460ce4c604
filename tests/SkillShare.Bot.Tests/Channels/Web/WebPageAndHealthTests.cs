using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SkillShare.Bot.Tests.Channels.Web;

public sealed class WebPageAndHealthTests(WebHostFactory factory) : IClassFixture<WebHostFactory>
{
    [Fact]
    public async Task Root_ServesThePageWithAStrictContentSecurityPolicy()
    {
        var http = factory.CreateClient();

        var response = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/web/chat.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/web/chat.js", "text/javascript")]
    [InlineData("/web/chat.css", "text/css")]
    public async Task PageFiles_AreServed(string path, string mediaType)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PageFiles_Unknown_Is404()
    {
        var response = await factory.CreateClient().GetAsync("/web/appsettings.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_ReportsTheStoreAndTheWebChannel()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("store").GetProperty("state").GetString());
        Assert.True(body.GetProperty("store").GetProperty("schemaVersion").GetInt32() >= 1);
        var web = body.GetProperty("channels").EnumerateArray()
            .Single(c => c.GetProperty("channel").GetString() == "Web");
        Assert.Equal("On", web.GetProperty("state").GetString());
    }
}
