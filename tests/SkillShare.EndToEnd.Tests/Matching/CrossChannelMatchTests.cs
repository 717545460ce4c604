using System.Globalization;
using SkillShare.EndToEnd.Tests.Telegram;

namespace SkillShare.EndToEnd.Tests.Matching;

/// <summary>
/// One host, two channels: a freelancer's offer posted on Telegram (through the emulator) and a
/// company's request posted on Teams (local mode, fake connector) are matched by the real engine,
/// and the pushes reach both people through the real outbox dispatcher.
/// </summary>
public sealed class CrossChannelMatchTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>
{
    private const long FreelancerId = 7101;
    private const string ClientAad = "5c1e2d3f-cross-channel-client-aad";
    private const string RequestTitle = "Billing service rewrite";
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Match_OfferOnTelegramRequestOnTeams_BothArePushedAndBothHearItsAMatch()
    {
        using var host = new CrossChannelHost(emulator.BaseUrl).Start();
        await using var connector = await FakeConnector.StartAsync();
        using var freelancer = new TelegramUser(emulator.BaseUrl, PollingHost.BotToken, FreelancerId);
        using var client = new TeamsPerson(host.BaseUrl, connector, ClientAad, "Carla Client");
        using var @operator = new TeamsPerson(host.BaseUrl, connector, CrossChannelHost.OperatorAad, "Olga");
        await PublishOfferOnTelegramAsync(freelancer);
        await RegisterAndApproveCompanyAsync(client, @operator);
        await RegisterClientAsync(client);

        await PublishRequestOnTeamsAsync(client);

        var push = await WithinAsync(PushWait, freelancer.WaitForReplyAsync("A new request matches you"));
        Assert.Contains(RequestTitle, push.Text, StringComparison.Ordinal);
        Assert.Contains(push.Buttons, b => b.Label == "Interested");
        var shortlist = await WithinAsync(PushWait, client.WaitForAsync("Candidates for your request"));
        Assert.Contains(RequestTitle, shortlist, StringComparison.Ordinal);
        Assert.Contains("Fay Freelance", shortlist, StringComparison.Ordinal);

        await freelancer.PressAsync("Interested");
        await freelancer.WaitForReplyAsync("I'll tell you as soon as");
        await client.PressAsync("Invite");

        var telegramMatch = await WithinAsync(PushWait, freelancer.WaitForReplyAsync("It's a match"));
        Assert.Contains("Carla Client", telegramMatch.Text, StringComparison.Ordinal);
        var teamsMatch = await WithinAsync(PushWait, client.WaitForAsync("It's a match"));
        Assert.Contains("Fay Freelance", teamsMatch, StringComparison.Ordinal);
    }

    private static async Task PublishOfferOnTelegramAsync(TelegramUser freelancer)
    {
        await TelegramJourney.RegisterUntilPhotoAsync(freelancer, "Fay Freelance");
        await freelancer.PressAsync("Skip");
        await freelancer.WaitForReplyAsync("verify your phone");
        await freelancer.SendContactAsync("+15551230001", contactUserId: freelancer.UserId);
        await freelancer.WaitForReplyAsync("verified");
        await TelegramJourney.PostOfferAsync(freelancer, "C# and PostgreSQL backends", "C#, PostgreSQL", "60 USD");
    }

    private static async Task RegisterAndApproveCompanyAsync(TeamsPerson client, TeamsPerson @operator)
    {
        await client.SayAsync("hello");
        await client.SubmitAsync(client.LatestFormKey(), new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = "Contoso",
            ["website"] = "contoso.example",
            ["size"] = "Small",
            ["country"] = "GB",
        });
        await client.WaitForAsync("Verification pending");
        await @operator.SayAsync("/approve " + TeamsPerson.TenantId);
        await @operator.WaitForAsync("Contoso");
    }

    private static async Task RegisterClientAsync(TeamsPerson client)
    {
        await client.SayAsync("/start");
        await client.WaitForAsync("Which language should I use?");
        await client.PressAsync("English");
        await client.WaitForAsync("to work, to hire");
        await client.PressAsync("Client");
        await client.WaitForAsync("What name should others see?");
        await client.SayAsync("Carla Client");
        await client.WaitForAsync("Tell others about yourself");
        await client.PressAsync("Skip");
        await client.WaitForAsync("Where are you?");
        await client.SayAsync("Europe/London");
        await client.WaitForAsync("Which languages do you speak?");
        await client.SayAsync("English");
        await client.WaitForAsync("profile photo");
        await client.PressAsync("Skip");
    }

    private static async Task PublishRequestOnTeamsAsync(TeamsPerson client)
    {
        await client.SayAsync("/request");
        await client.WaitForAsync("Budget");
        await client.SubmitAsync(client.LatestFormKey(), RequestAnswers());
        await client.WaitForAsync(RequestTitle);
        await client.PressAsync("Publish");
        await client.WaitForAsync("published");
    }

    private static Dictionary<string, string> RequestAnswers() => new(StringComparer.Ordinal)
    {
        ["Title"] = RequestTitle,
        ["Description"] = "Move our billing API to .NET and tune its PostgreSQL queries.",
        ["Skills"] = "C#, PostgreSQL",
        ["BudgetMin"] = "40",
        ["BudgetMax"] = "90",
        ["Currency"] = "USD",
        ["Hours"] = "20",
        ["Deadline"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Mode"] = "Remote",
    };

    /// <summary>A bounded wait: fails if the push has not arrived within the given time.</summary>
    private static Task<T> WithinAsync<T>(TimeSpan limit, Task<T> arrival) => arrival.WaitAsync(limit);
}
