using System.Net;
using System.Text;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Channels.Web;

public sealed class WebChatEndpointsTests(WebHostFactory factory) : IClassFixture<WebHostFactory>
{
    private async Task<WebClient> StartAsync()
    {
        var client = new WebClient(factory.CreateClient());
        await client.StartAsync();
        return client;
    }

    [Fact]
    public async Task PostText_StartCommand_ReturnsEngineRepliesAsWebTurn()
    {
        var client = await StartAsync();

        var replies = await WebClient.RepliesAsync(await client.TextAsync("freelancer", "/start"));

        Assert.Equal("Welcome. Who are you?", replies[0].GetProperty("text").GetString());
        Assert.Equal("Freelancer", replies[0].GetProperty("buttons")[0][0].GetProperty("label").GetString());
        var turn = factory.Engine.Turns.Last();
        Assert.Equal(ChannelKind.Web, turn.Channel);
        Assert.Equal(new CommandInput("start", ""), turn.Input);
        Assert.Equal(ConversationKeys.For(ChannelKind.Web, turn.SenderId), turn.ConversationId);
    }

    [Fact]
    public async Task PostText_TwoPanes_AreTwoMembers()
    {
        var client = await StartAsync();

        await client.TextAsync("freelancer", "hello");
        var freelancer = factory.Engine.Turns.Last();
        await client.TextAsync("client", "hello");
        var buyer = factory.Engine.Turns.Last();

        Assert.NotEqual(freelancer.SenderId, buyer.SenderId);
        Assert.NotEqual(freelancer.ConversationId, buyer.ConversationId);
    }

    [Fact]
    public async Task PostText_SameDeliveryIdTwice_IsOneTurn()
    {
        var client = await StartAsync();
        var deliveryId = WebClient.NewDeliveryId();

        var first = await WebClient.RepliesAsync(await client.TextAsync("client", "hi", deliveryId));
        var second = await WebClient.RepliesAsync(await client.TextAsync("client", "hi", deliveryId));

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Single(factory.Engine.Turns, t => t.DeliveryId.EndsWith(deliveryId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostText_WithoutAntiforgeryToken_Is400()
    {
        var client = await StartAsync();

        var response = await client.PostAsync("/web/api/panes/freelancer/text",
            new { deliveryId = WebClient.NewDeliveryId(), text = "hi" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.antiforgery", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostText_WithAnotherSessionsToken_Is400()
    {
        var client = await StartAsync();
        var other = await StartAsync();

        var request = new HttpRequestMessage(HttpMethod.Post, "/web/api/panes/freelancer/text")
        {
            Content = new StringContent("""{"deliveryId":"abcdefgh12","text":"hi"}""", Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", other.Token);
        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.antiforgery", await WebClient.ReasonAsync(response));
    }

    [Theory]
    [InlineData(null, "web.error.text-missing")]
    [InlineData("   ", "web.error.text-missing")]
    public async Task PostText_MissingText_Is400WithReason(string? text, string reason)
    {
        var client = await StartAsync();

        var response = await client.TextAsync("freelancer", text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reason, await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostText_OverTheLimit_Is400WithTheLimitInTheDetail()
    {
        var client = await StartAsync();

        var response = await client.TextAsync("freelancer", new string('x', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.text-too-long", await WebClient.ReasonAsync(response));
        Assert.Contains("100", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("has spaces in it")]
    public async Task PostText_BadDeliveryId_Is400(string? deliveryId)
    {
        var client = await StartAsync();

        var response = await client.PostAsync("/web/api/panes/client/text", new { deliveryId, text = "hi" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.delivery-id", await WebClient.ReasonAsync(response));
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("1")]
    [InlineData("freelancer,client")]
    [InlineData("client,client")]
    public async Task PostText_UnknownPane_Is404(string pane)
    {
        var client = await StartAsync();

        var response = await client.TextAsync(pane, "hi");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("web.error.unknown-pane", await WebClient.ReasonAsync(response));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public async Task PostText_MalformedBody_Is400(string body)
    {
        var client = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/web/api/panes/client/text")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", client.Token);

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.bad-json", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostText_SessionLanguageChinese_RefusalIsInChinese()
    {
        var client = await StartAsync();
        await client.PostAsync("/web/api/language", new { language = "zh" });

        var response = await client.TextAsync("client", "");

        Assert.Contains("消息是空的", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostLanguage_Unknown_Is400()
    {
        var client = await StartAsync();

        var response = await client.PostAsync("/web/api/language", new { language = "fr" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.language", await WebClient.ReasonAsync(response));
    }
}
