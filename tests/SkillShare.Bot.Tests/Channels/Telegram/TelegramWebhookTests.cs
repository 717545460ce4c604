using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Channels.Telegram;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Conversations;
using static SkillShare.Bot.Tests.Channels.Telegram.TelegramUpdates;

namespace SkillShare.Bot.Tests.Channels.Telegram;

public sealed class TelegramWebhookTests : IDisposable
{
    private readonly TelegramHostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Post_WrongSecret_Returns401AndHandlesNothing()
    {
        var response = await PostAsync(Text(1, "hi"), secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Engine.Turns);
    }

    [Fact]
    public async Task Post_NoSecretHeader_Returns401()
    {
        var response = await PostAsync(Text(1, "hi"), secret: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_PrivateText_ReachesEngineAndReplyIsSentEscaped()
    {
        var response = await PostAsync(Text(101, "<b>hi</b>"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Engine.Turns);
        Assert.Equal("tg:101", turn.DeliveryId);
        var sent = Assert.Single(_host.Api.CallsTo("sendMessage"));
        Assert.Equal("echo: &lt;b&gt;hi&lt;/b&gt;", sent.Text);
    }

    [Fact]
    public async Task Post_DuplicateUpdateId_IsHandledOnce()
    {
        var json = Text(202, "once");

        var first = await PostAsync(json);
        var second = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_host.Engine.Turns);
        Assert.Single(_host.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Post_EditedMessage_ReachesEngineAsEditedInputAndGetsAnAnswer()
    {
        await PostAsync(Edited(303, "corrected"));

        var turn = Assert.Single(_host.Engine.Turns);
        Assert.Equal(new UnsupportedInput(TelegramUpdateMapper.EditedKind), turn.Input);
        Assert.Single(_host.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Post_GroupMessages_NoticeOnceThenQuiet()
    {
        await PostAsync(InGroup(401, "hello bot"));
        await PostAsync(InGroup(402, "anyone?"));

        var notice = Assert.Single(_host.Api.CallsTo("sendMessage"));
        Assert.Equal(-100777, notice.Body["chat_id"]!.GetValue<long>());
        Assert.Contains("private chats", notice.Text, StringComparison.Ordinal);
        Assert.Empty(_host.Engine.Turns);
        var state = _host.Services.GetRequiredService<IConversationStore>().Find("Telegram:-100777");
        Assert.True(state?.GroupNoticeSent);
    }

    [Fact]
    public async Task Post_CallbackQuery_IsAnsweredAndReachesEngine()
    {
        await PostAsync(Callback(501, "r:1:f"));

        var answer = Assert.Single(_host.Api.CallsTo("answerCallbackQuery"));
        Assert.Equal("cbq-501", answer.Body["callback_query_id"]!.GetValue<string>());
        Assert.Equal(new ButtonInput("r:1:f"), Assert.Single(_host.Engine.Turns).Input);
    }

    [Fact]
    public async Task Post_ChannelPost_IsIgnoredWith200()
    {
        var response = await PostAsync(ChannelPost(601));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Engine.Turns);
        Assert.Empty(_host.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Start_WebhookMode_SetsWebhookWithSecretAndCommandsPerLanguage()
    {
        _ = _host.Server;

        var webhook = Assert.Single(await _host.WaitForCallsAsync("setWebhook", 1));
        var commands = await _host.WaitForCallsAsync("setMyCommands", 2);

        Assert.Equal("https://skillshare.test/telegram/webhook", webhook.Body["url"]!.GetValue<string>());
        Assert.Equal(TelegramHostFactory.Secret, webhook.Body["secret_token"]!.GetValue<string>());
        Assert.Contains(commands, c => c.Body["language_code"]?.GetValue<string>() == "zh");
        Assert.Contains(commands, c => c.Body["language_code"] is null);
    }

    [Fact]
    public async Task Post_ChannelWithoutToken_Returns404()
    {
        using var host = new TelegramHostFactory(token: null);
        using var client = host.CreateClient();

        var response = await client.PostAsync(TelegramWebhookEndpoint.Path, Json(Text(1, "hi")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(host.Api.Calls);
    }

    private async Task<HttpResponseMessage> PostAsync(string json, string? secret = TelegramHostFactory.Secret)
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path) { Content = Json(json) };
        if (secret is not null)
            request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, secret);
        return await client.SendAsync(request);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
