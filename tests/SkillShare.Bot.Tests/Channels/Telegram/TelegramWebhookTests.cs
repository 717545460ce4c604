using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Channels.Telegram;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Conversations;
using static SkillShare.Bot.Tests.Channels.Telegram.TelegramUpdates;

namespace SkillShare.Bot.Tests.Channels.Telegram;

public sealed class TelegramWebhookTests : IDisposable
{
    private readonly TelegramHostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Post_WrongSecret_Returns401AndSaysNothing()
    {
        var response = await PostAsync(Text(1, "/start"), secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.SentTexts);
    }

    [Fact]
    public async Task Post_NoSecretHeader_Returns401()
    {
        var response = await PostAsync(Text(1, "/start"), secret: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_Start_WelcomesAndAsksLanguageWithShortButtonKeys()
    {
        var response = await PostAsync(Text(101, "/start"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_host.SentTexts, t => t.Contains("Welcome to SkillShare", StringComparison.Ordinal));
        var question = _host.Api.CallsTo("sendMessage")
            .Single(c => c.Markup.Contains("callback_data", StringComparison.Ordinal));
        Assert.Contains("English", question.Markup, StringComparison.Ordinal);
        Assert.All(question.Body["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()),
            b => Assert.InRange(Encoding.UTF8.GetByteCount(b!["callback_data"]!.GetValue<string>()), 1, 64));
    }

    [Fact]
    public async Task Post_ChineseClient_IsWelcomedInChinese()
    {
        await PostAsync(Text(102, "/start", language: "zh-hans"));

        Assert.Contains(_host.SentTexts, t => t.Contains("SkillShare", StringComparison.Ordinal) &&
            t.Any(c => c >= '\u4e00' && c <= '\u9fff'));
    }

    [Fact]
    public async Task Post_DuplicateUpdateId_IsHandledOnce()
    {
        var json = Text(202, "/start");

        var first = await PostAsync(json);
        var sentAfterFirst = _host.SentTexts.Count;
        var second = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(sentAfterFirst > 0);
        Assert.Equal(sentAfterFirst, _host.SentTexts.Count);
    }

    [Fact]
    public async Task Post_EditedMessage_IsToldEditsAreNotReadOnce()
    {
        await PostAsync(Edited(303, "corrected"));
        await PostAsync(Edited(303, "corrected"));

        var reply = Assert.Single(_host.SentTexts);
        Assert.Contains("edited messages", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GroupMessages_NoticeOnceThenQuiet()
    {
        await PostAsync(InGroup(401, "hello bot"));
        await PostAsync(InGroup(402, "anyone?"));

        var notice = Assert.Single(_host.Api.CallsTo("sendMessage"));
        Assert.Equal(-100777, notice.Body["chat_id"]!.GetValue<long>());
        Assert.Contains("private chats", notice.Text, StringComparison.Ordinal);
        var state = _host.Services.GetRequiredService<IConversationStore>().Find("Telegram:-100777");
        Assert.True(state?.GroupNoticeSent);
    }

    [Fact]
    public async Task Post_CallbackQuery_IsAnsweredAndGetsAReply()
    {
        await PostAsync(Callback(501, "9.l.en"));

        var answer = Assert.Single(_host.Api.CallsTo("answerCallbackQuery"));
        Assert.Equal("cbq-501", answer.Body["callback_query_id"]!.GetValue<string>());
        Assert.NotEmpty(_host.SentTexts);
    }

    [Fact]
    public async Task Post_ChannelPost_IsIgnoredWith200()
    {
        var response = await PostAsync(ChannelPost(601));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.SentTexts);
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

    [Fact]
    public async Task Start_WithoutToken_LogsChannelOffAndHowToTurnItOn()
    {
        using var host = new TelegramHostFactory(token: null);

        _ = host.Server;
        for (var i = 0; i < 200 && !host.Logs.Lines.Any(l => l.Id.Id == 3000); i++)
            await Task.Delay(10);

        var line = Assert.Single(host.Logs.Lines, l => l.Id.Id == 3000).Message;
        Assert.Contains("Telegram channel is off", line, StringComparison.Ordinal);
        Assert.Contains("Telegram__Token", line, StringComparison.Ordinal);
        Assert.Empty(host.Api.Calls);
    }

    [Fact]
    public async Task Post_DateInMilliseconds_Returns400WithReasonNot500()
    {
        var json = Text(303, "/start").Replace("1764000000", "1764000000000", StringComparison.Ordinal);

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid Telegram update", await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Empty(_host.SentTexts);
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_Returns413()
    {
        var json = Text(304, new string('a', 1_100_000));

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.SentTexts);
    }

    [Fact]
    public async Task Logs_WhileTalkingToTheBotApi_NeverContainTheToken()
    {
        await PostAsync(Text(305, "/start"));

        Assert.NotEmpty(_host.Api.CallsTo("sendMessage"));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Message.Contains("123456:TEST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ReplyRefusedWithLong429_RepliesAreQueuedInOrderNotLost()
    {
        _host.Api.FailNextWith429("sendMessage", retryAfter: 60);

        await PostAsync(Text(306, "/start"));

        var store = _host.Services.GetRequiredService<SkillShare.Storage.LiteDbStore>();
        var queued = store.Due(DateTimeOffset.UtcNow.AddSeconds(61), 10);
        Assert.True(queued.Count >= 2);
        Assert.All(queued, m => Assert.Equal(DeferredReplies.ReplyKind, m.Kind));
        var texts = queued.Select(m => new DeferredReplies().Render(m, new() { Id = m.MemberId }).Text).ToList();
        Assert.Contains("Welcome to SkillShare", texts[0], StringComparison.Ordinal);
        Assert.Empty(store.Due(DateTimeOffset.UtcNow.AddSeconds(30), 10));
    }

    private async Task<HttpResponseMessage> PostAsync(string json, string? secret = TelegramHostFactory.Secret)
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path)
        {
            Content = Json(json),
        };
        if (secret is not null)
            request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, secret);
        return await client.SendAsync(request);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
