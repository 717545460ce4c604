using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Channels.Teams;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsSenderTests : TeamsHostTestBase
{
    private const string ConversationKey = "Teams:" + TeamsActivities.PersonalConversation;

    [Fact]
    public async Task SendAsync_StoredConversation_PostsProactivelyToTheStoredServiceUrl()
    {
        await InstallAsync();

        var result = await SendAsync(Reply.Plain("A new request matches your skills"));

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var call = Assert.Single(BotFramework.Calls);
        Assert.Equal($"/v3/conversations/{TeamsActivities.PersonalConversation}/activities",
            Uri.UnescapeDataString(call.Path));
        Assert.Equal("A new request matches your skills", call.Text);
    }

    [Fact]
    public async Task SendAsync_ConnectorAnswers429WithRetryAfter_WaitsAndRetries()
    {
        await InstallAsync();
        BotFramework.Enqueue(429, "{\"error\":{\"code\":\"TooManyRequests\"}}", TimeSpan.FromSeconds(1));
        var started = DateTime.UtcNow;

        var result = await SendAsync(Reply.Plain("hello"));

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(2, BotFramework.Calls.Count);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1), "Retry-After was not honoured");
    }

    [Fact]
    public async Task SendAsync_ConnectorKeepsFailingWith502_GivesUpAsRetryLater()
    {
        await InstallAsync();
        for (var i = 0; i < 4; i++)
            BotFramework.Enqueue(502);

        var result = await SendAsync(Reply.Plain("hello"));

        Assert.Equal(SendOutcome.RetryLater, result.Outcome);
        Assert.Equal(4, BotFramework.Calls.Count);
    }

    [Fact]
    public async Task SendAsync_MemberBlockedTheBot_ReportsUnreachableWithoutRetrying()
    {
        await InstallAsync();
        BotFramework.Enqueue(403, "{\"error\":{\"code\":\"Forbidden\",\"subCode\":\"MessageWritesBlocked\"}}");

        var result = await SendAsync(Reply.Plain("hello"));

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Single(BotFramework.Calls);
    }

    [Fact]
    public async Task SendAsync_Other403_IsRejectedNotUnreachable()
    {
        await InstallAsync();
        BotFramework.Enqueue(403, "{\"error\":{\"code\":\"BotNotInConversationRoster\"}}");

        var result = await SendAsync(Reply.Plain("hello"));

        Assert.Equal(SendOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task SendAsync_UnknownConversation_ReportsUnreachable()
    {
        var result = await SendAsync(Reply.Plain("hello"));

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Empty(BotFramework.Calls);
    }

    [Fact]
    public async Task SendAsync_SeveralSends_FetchOneTokenAndReuseIt()
    {
        await InstallAsync();

        await SendAsync(Reply.Plain("one"));
        await SendAsync(Reply.Plain("two"));

        Assert.Equal(1, BotFramework.TokenRequests);
        Assert.All(BotFramework.Calls, c => Assert.Equal("Bearer fake-connector-token", c.Authorization));
    }

    private async Task InstallAsync()
    {
        await PostSignedAsync(TeamsActivities.BotInstalled(ServiceUrl));
        await BotFramework.WaitForCallsAsync(1);
        BotFramework.Calls.Clear();
    }

    private async Task<SendResult> SendAsync(Reply reply)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<TeamsSender>();
        return await sender.SendAsync(ConversationKey, reply, CancellationToken.None);
    }
}
