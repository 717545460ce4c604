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
/// with the code from the host's log, post an offer and a request, and get pushes live through the
/// outbox, the dispatcher and the web sender (the path a match notification takes).
/// </summary>
public sealed partial class WebChatJourneyTests
{
    [Fact]
    public async Task TwoPanes_RegisterVerifyPost_AndPushesArriveLive()
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
        var freelancerConversation = await RegisterAndVerifyAsync(host, freelancer, "Freelancer", "Ana Souza",
            "São Paulo", "+55 11 91234 5678");
        await shots.TakeAsync("freelancer-verified");
        await PostOfferAsync(freelancer, shots);
        var clientConversation = await RegisterAndVerifyAsync(host, client, "Client", "Harbor Robotics",
            "Singapore", "+65 6123 4567");
        await PostRequestAsync(client);
        await shots.TakeAsync("request-published");

        var queued = host.Services.GetRequiredService<IOutboxStore>().Enqueue(
        [
            Relay(host, freelancerConversation, "New match: Harbor Robotics needs a .NET backend developer."),
            Relay(host, clientConversation, "New match: Ana Souza offers .NET backend for payments."),
        ]);
        host.Services.GetRequiredService<OutboxSignal>().Notify();

        Assert.Equal(2, queued);
        await freelancer.ExpectPushAsync("Harbor Robotics needs");
        await client.ExpectPushAsync("Ana Souza offers");
        await shots.TakeAsync("pushes-arrived-live");
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

    private static async Task<string> RegisterAndVerifyAsync(KestrelHost host, ChatPane pane, string role,
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
        return line.Groups["conversation"].Value;
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

    /// <summary>A notification for the member of a web conversation, as the matching sweep will queue one.</summary>
    private static OutboxMessage Relay(KestrelHost host, string conversationId, string text)
    {
        var identity = new ChannelIdentity(ChannelKind.Web, ConversationKeys.ChannelPart(conversationId));
        var member = host.Services.GetRequiredService<IMemberStore>().FindByIdentity(identity)!;
        var now = DateTimeOffset.UtcNow;
        return new OutboxMessage
        {
            Id = Guid.NewGuid().ToString("N"),
            MemberId = member.Id,
            Channel = ChannelKind.Web,
            ConversationId = conversationId,
            Kind = RelayTemplate.KindName,
            Data = { ["text"] = text },
            DedupeKey = $"e2e:{conversationId}",
            CreatedAt = now,
            DueAt = now,
        };
    }

    [GeneratedRegex(@"One-time verification code for web conversation (?<conversation>Web:\S+): (?<code>\d{6})")]
    private static partial Regex CodeLine();
}
