using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Channels.Web;

public sealed class WebChatButtonAndFormTests(WebHostFactory factory) : IClassFixture<WebHostFactory>
{
    private async Task<WebClient> StartAsync()
    {
        var client = new WebClient(factory.CreateClient());
        await client.StartAsync();
        return client;
    }

    private static Task<HttpResponseMessage> ButtonAsync(WebClient client, string? key, string? messageId = null) =>
        client.PostAsync("/web/api/panes/freelancer/button",
            new { deliveryId = WebClient.NewDeliveryId(), key, messageId });

    private static Task<HttpResponseMessage> FormAsync(WebClient client, string? key, object? fields) =>
        client.PostAsync("/web/api/panes/freelancer/form",
            new { deliveryId = WebClient.NewDeliveryId(), key, fields });

    [Fact]
    public async Task PostButton_CurrentKey_ReplacesTheMessageItCameFrom()
    {
        var client = await StartAsync();
        var start = await WebClient.RepliesAsync(await client.TextAsync("freelancer", "/start"));
        var messageId = start[0].GetProperty("id").GetString();

        var replies = await WebClient.RepliesAsync(await ButtonAsync(client, ScriptedEngine.CurrentButton, messageId));

        Assert.Equal("Freelancer it is.", replies[0].GetProperty("text").GetString());
        Assert.Equal(messageId, replies[0].GetProperty("replaces").GetString());
        Assert.Equal(messageId, factory.Engine.Turns.Last().SourceMessageId);
    }

    [Fact]
    public async Task PostButton_UnknownKey_GetsAClearChatReply()
    {
        var client = await StartAsync();

        var replies = await WebClient.RepliesAsync(await ButtonAsync(client, "7:role.astronaut"));

        Assert.Equal("That button is no longer current.", replies[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("this-key-is-far-too-long-for-any-button-because-it-exceeds-sixty-four-bytes")]
    [InlineData("bad\u0001key")]
    public async Task PostButton_MalformedKey_Is400(string? key)
    {
        var client = await StartAsync();

        var response = await ButtonAsync(client, key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.button-key", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostButton_MalformedMessageId_Is400()
    {
        var client = await StartAsync();

        var response = await ButtonAsync(client, ScriptedEngine.CurrentButton, "<script>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.message-id", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostText_FormReply_CarriesFieldsKindsChoicesAndErrors()
    {
        var client = await StartAsync();

        var replies = await WebClient.RepliesAsync(await client.TextAsync("freelancer", "form"));

        var form = replies[0].GetProperty("form");
        Assert.Equal(ScriptedEngine.CurrentForm, form.GetProperty("key").GetString());
        var kinds = form.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("kind").GetString());
        Assert.Equal(["text", "number", "choice"], kinds);
        Assert.Equal("remote", form.GetProperty("fields")[2].GetProperty("choices")[0].GetProperty("key").GetString());
        Assert.Equal("A number, please.", form.GetProperty("errors").GetProperty("rate").GetString());
    }

    [Fact]
    public async Task PostForm_CurrentKey_ReachesTheEngineWithItsFields()
    {
        var client = await StartAsync();
        var fields = new { title = "Go APIs", rate = "55", mode = "remote" };

        var replies = await WebClient.RepliesAsync(await FormAsync(client, ScriptedEngine.CurrentForm, fields));

        Assert.Equal("Saved 3 fields.", replies[0].GetProperty("text").GetString());
        var input = Assert.IsType<FormInput>(factory.Engine.Turns.Last().Input);
        Assert.Equal("55", input.Fields["rate"]);
    }

    [Fact]
    public async Task PostForm_StaleKey_GetsAClearChatReply()
    {
        var client = await StartAsync();

        var replies = await WebClient.RepliesAsync(await FormAsync(client, "old-form", new { title = "x" }));

        Assert.Equal("That form is no longer current.", replies[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task PostForm_MissingFields_Is400()
    {
        var client = await StartAsync();

        var response = await FormAsync(client, ScriptedEngine.CurrentForm, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.form-fields", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostForm_TooManyFields_Is400()
    {
        var client = await StartAsync();
        var fields = Enumerable.Range(0, 6).ToDictionary(i => $"f{i}", i => "v");

        var response = await FormAsync(client, ScriptedEngine.CurrentForm, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.form-too-many", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostForm_OversizedValue_Is400()
    {
        var client = await StartAsync();

        var response = await FormAsync(client, ScriptedEngine.CurrentForm, new { title = new string('y', 101) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.text-too-long", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostForm_FieldsNotAnObject_Is400()
    {
        var client = await StartAsync();

        var response = await FormAsync(client, ScriptedEngine.CurrentForm, new List<string> { "a", "b" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("web.error.bad-json", await WebClient.ReasonAsync(response));
    }

    [Fact]
    public async Task PostRestart_Freelancer_GivesThatPaneANewMemberOnly()
    {
        var client = await StartAsync();
        var before = client.Session.GetProperty("panes");

        var response = await client.PostAsync("/web/api/panes/freelancer/restart", new { });

        var after = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("panes");
        Assert.NotEqual(before.GetProperty("freelancer").GetString(), after.GetProperty("freelancer").GetString());
        Assert.Equal(before.GetProperty("client").GetString(), after.GetProperty("client").GetString());
    }
}
