using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.EndToEnd.Tests.Web;

/// <summary>
/// The README's promise in a real browser: a freelancer and a client side by side register, verify
/// with the code from the host's log, post an offer and a request; the match is pushed live to both
/// panes (outbox, dispatcher, web sender, event stream), both say yes, and both hear it's a match.
/// </summary>
public sealed partial class WebChatJourneyTests
{
    [Fact]
    public async Task TwoPanes_RegisterVerifyPost_MatchIsPushedLiveToBoth()
    {
        using var host = new KestrelHost();
        host.StartServer();
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page, "web-journey");
        var freelancer = new ChatPane(page, "freelancer");
        var client = new ChatPane(page, "client");

        await OpenAsync(page, host, freelancer, client);
        await shots.TakeAsync("page-opened");
        await RegisterAndVerifyAsync(host, freelancer, "Freelancer", "Ana Souza", "São Paulo", "+55 11 91234 5678");
        await shots.TakeAsync("freelancer-verified");
        await PostOfferAsync(freelancer, shots);
        await RegisterAndVerifyAsync(host, client, "Client", "Harbor Robotics", "Singapore", "+65 6123 4567");
        await PostRequestAsync(client);
        await shots.TakeAsync("request-published");

        await freelancer.ExpectPushAsync("A new request matches you: Payments backend");
        await client.ExpectPushAsync("Candidates for your request");
        await shots.TakeAsync("match-pushed-to-both");
        await freelancer.PressAsync("Interested", "as soon as Harbor Robotics answers");
        await client.PressAsync("Invite", "It's a match with Ana Souza");
        await freelancer.ExpectPushAsync("It's a match!");
        await shots.TakeAsync("matched");
        await page.SetViewportSizeAsync(390, 844);
        await shots.TakeAsync("phone-size");
        Assert.Empty(host.Log.Errors);
    }

    [Fact]
    public async Task Page_SwitchLanguageAndRestartPane_ChromeInChineseAndANewMember()
    {
        using var host = new KestrelHost();
        host.StartServer();
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var shots = new Screenshots(page, "web-language-restart");
        var client = new ChatPane(page, "client");
        await OpenAsync(page, host, new ChatPane(page, "freelancer"), client);
        await client.StartAsync("Which language");
        var memberTag = (await client.Root.Locator(".member").InnerTextAsync()).Split(' ')[^1];

        await page.Locator("#language").ClickAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await client.Root.Locator("button.restart").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("SkillShare — 本地网页聊天");
        await Assertions.Expect(client.Root.Locator(".pane-title")).ToHaveTextAsync("客户");
        await Assertions.Expect(client.Root.Locator(".member")).Not.ToContainTextAsync(memberTag);
        await Assertions.Expect(client.Root.Locator(".log li")).ToHaveCountAsync(0);
        await client.ExpectLiveAsync();
        await shots.TakeAsync("chinese-after-restart");
        Assert.Empty(host.Log.Errors);
    }

    private static async Task OpenAsync(IPage page, KestrelHost host, ChatPane freelancer, ChatPane client)
    {
        Assert.Equal("127.0.0.1", host.BaseUrl.Host);
        await page.GotoAsync(host.BaseUrl.ToString());
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        await freelancer.ExpectLiveAsync();
        await client.ExpectLiveAsync();
    }

    private static async Task RegisterAndVerifyAsync(KestrelHost host, ChatPane pane, string role,
        string name, string place, string phone)
    {
        await pane.StartAsync("Which language");
        await pane.PressAsync("English", "to work, to hire");
        await pane.PressAsync(role, "What name");
        await pane.SayAsync(name, "Tell others");
        await pane.PressAsync("Skip", "Where are you");
        await pane.SayAsync(place, "Which languages");
        await pane.SayAsync("English, Portuguese", "profile photo");
        await pane.PressAsync("Skip", "type your number");
        var before = host.Log.Lines.Count;
        await pane.SayAsync(phone, "6-digit code");

        var line = await host.Log.WaitForAsync(CodeLine(), before, TimeSpan.FromSeconds(10));
        await pane.SayAsync(line.Groups["code"].Value, "verified");
    }

    private static async Task PostOfferAsync(ChatPane freelancer, Screenshots shots)
    {
        await freelancer.PressAsync("Offer a skill", "What's its title");
        await freelancer.SayAsync(".NET backend for payments", "Describe what you offer");
        await freelancer.SayAsync("APIs, billing and reconciliation jobs.", "Which skills");
        await freelancer.SayAsync("C#, postgres, .NET", "hourly rate");
        await freelancer.SayAsync("65 USD", "hours a week");
        await freelancer.SayAsync("30", "Remote or on-site");
        await freelancer.PressAsync("Remote", "Here is your offer");
        await shots.TakeAsync("offer-card");
        await freelancer.PressAsync("Publish", "Your offer is published");
    }

    private static async Task PostRequestAsync(ChatPane client)
    {
        var deadline = DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await client.PressAsync("Hire talent", "talent request");
        await client.SayAsync("Payments backend", "Describe the work");
        await client.SayAsync("Ledger and reconciliation services.", "Which skills");
        await client.SayAsync("C#, PostgreSQL", "lowest hourly rate");
        await client.SayAsync("50 USD", "highest hourly rate");
        await client.SayAsync("80 USD", "hours a week");
        await client.SayAsync("20", "By which date");
        await client.SayAsync(deadline, "Here is your request");
        await client.PressAsync("Publish", "Your request is published");
    }

    [GeneratedRegex(@"One-time verification code for web conversation (?<conversation>Web:\S+): (?<code>\d{6})")]
    private static partial Regex CodeLine();
}
