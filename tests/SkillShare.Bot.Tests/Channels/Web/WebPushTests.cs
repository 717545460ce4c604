using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Channels.Web;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Channels.Web;

public sealed class WebPushTests(WebHostFactory factory) : IClassFixture<WebHostFactory>
{
    private WebSender Sender => factory.Services.GetRequiredService<WebSender>();

    [Fact]
    public async Task SendAsync_PageListening_ArrivesOnThePanesEventStream()
    {
        var client = new WebClient(factory.CreateClient());
        await client.StartAsync();
        await client.TextAsync("client", "hello");
        var conversationId = factory.Engine.Turns.Last().ConversationId;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await client.Http.GetAsync("/web/api/panes/client/events",
            HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await ReadEventAsync(reader, "ready", timeout.Token);

        var result = await Sender.SendAsync(conversationId, Reply.Plain("New match: Go developer"), timeout.Token);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var data = await ReadEventAsync(reader, "message", timeout.Token);
        Assert.Contains("New match: Go developer", data, StringComparison.Ordinal);
        Assert.Contains("\"pushed\":true", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoPageOpen_AsksTheOutboxToRetry()
    {
        var result = await Sender.SendAsync("Web:wnobodylistens", Reply.Plain("Hello?"), CancellationToken.None);

        Assert.Equal(SendOutcome.RetryLater, result.Outcome);
        Assert.Equal(WebSender.ClosedPageRetry, result.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_OtherPanesStream_DoesNotGetIt()
    {
        var client = new WebClient(factory.CreateClient());
        await client.StartAsync();
        await client.TextAsync("freelancer", "hello");
        var freelancerConversation = factory.Engine.Turns.Last().ConversationId;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await client.Http.GetAsync("/web/api/panes/client/events",
            HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await ReadEventAsync(reader, "ready", timeout.Token);

        var result = await Sender.SendAsync(freelancerConversation, Reply.Plain("for the freelancer"), timeout.Token);

        Assert.Equal(SendOutcome.RetryLater, result.Outcome);
    }

    private static async Task<string> ReadEventAsync(StreamReader reader, string type, CancellationToken token)
    {
        string? eventType = null;
        while (await reader.ReadLineAsync(token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
                eventType = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventType == type)
                return line["data: ".Length..];
        }

        throw new EndOfStreamException($"The stream ended before a '{type}' event.");
    }
}
