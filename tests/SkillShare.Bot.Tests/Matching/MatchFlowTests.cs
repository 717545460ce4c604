using SkillShare.Bot.Localization;
using SkillShare.Bot.Matching;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Matching;

public sealed class MatchFlowTests : IDisposable
{
    private readonly MatchingChat _market = new();

    [Fact]
    public async Task PublishRequest_MatchingOffer_QueuesFreelancerPushAndClientShortlistInTheSameTurn()
    {
        await _market.SetUpMarketAsync();
        var before = _market.Outbox().Count;

        await _market.PublishRequestAsync(MatchingChat.Client);

        var queued = _market.Outbox();
        var match = Assert.Single(_market.Matches());
        Assert.Equal(0, before);
        Assert.Equal(2, queued.Count);
        var push = Assert.Single(queued, m => m.Kind == MatchKinds.RequestForFreelancer);
        var shortlist = Assert.Single(queued, m => m.Kind == MatchKinds.ShortlistForClient);
        Assert.Equal(_market.MemberOf(MatchingChat.Freelancer).Id, push.MemberId);
        Assert.Equal(_market.MemberOf(MatchingChat.Client).Id, shortlist.MemberId);
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal(3, match.Reasons.Count);
        Assert.InRange(match.Probability, 0.01, 0.99);
    }

    [Fact]
    public async Task RenderedPushes_NameTitleBudgetAndTheThreeReasonsInWords()
    {
        await _market.SetUpMarketAsync();
        await _market.PublishRequestAsync(MatchingChat.Client);
        var match = Assert.Single(_market.Matches());
        var outbox = _market.Outbox();

        var push = _market.Render(outbox.Single(m => m.Kind == MatchKinds.RequestForFreelancer));
        var shortlist = _market.Render(outbox.Single(m => m.Kind == MatchKinds.ShortlistForClient));

        Assert.Contains("A new request matches you: Need a DBA", push.Text, StringComparison.Ordinal);
        Assert.Contains("30.00 USD – 60.00 USD", push.Text, StringComparison.Ordinal);
        foreach (var reason in match.Reasons)
        {
            var words = Texts.Default.Get(UiLanguage.English, "matching.reason." + reason);
            Assert.Contains(words, push.Text, StringComparison.Ordinal);
            Assert.Contains(words, shortlist.Text, StringComparison.Ordinal);
        }

        Assert.Equal(["Interested", "Not for me"], push.Buttons.Single().Select(b => b.Label));
        Assert.Contains("Fay – 45.00 USD an hour", shortlist.Text, StringComparison.Ordinal);
        Assert.Equal(["Invite Fay", "Skip"], shortlist.Buttons.Single().Select(b => b.Label));
    }

    [Fact]
    public async Task InterestedThenInvite_BothSayYes_MatchedBothToldAndMessagesRelayedWithoutPhone()
    {
        await _market.SetUpMarketAsync();
        await _market.PublishRequestAsync(MatchingChat.Client);
        var id = Assert.Single(_market.Matches()).Id;

        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(id, "y"));
        var afterInterested = _market.LastText;
        await _market.PressAsync(MatchingChat.Client, MatchKinds.Button(id, "y"));
        var told = _market.Outbox().Where(m => m.Kind == MatchKinds.Matched).ToList();
        await _market.PressAsync(MatchingChat.Client, MatchKinds.Button(id, "t"));
        var talking = _market.LastText;
        await _market.SayAsync(MatchingChat.Client, "Hello Fay, when can you start?");
        var relayed = Assert.Single(_market.Outbox(), m => m.Kind == MatchKinds.Relay);
        var shown = _market.Render(relayed).Text;

        Assert.Contains("I'll tell you as soon as Carl answers", afterInterested, StringComparison.Ordinal);
        Assert.Equal(MatchStatus.Matched, _market.Store.FindMatch(id)!.Status);
        Assert.Equal(
            new[] { MatchingChat.Client, MatchingChat.Freelancer }.Select(u => _market.MemberOf(u).Id).Order(),
            told.Select(m => m.MemberId).Order());
        Assert.Contains("You and Carl both said yes", _market.Render(told.Single(
            m => m.MemberId == _market.MemberOf(MatchingChat.Freelancer).Id)).Text, StringComparison.Ordinal);
        Assert.Contains("You are now talking to Fay", talking, StringComparison.Ordinal);
        Assert.Equal(_market.MemberOf(MatchingChat.Freelancer).Id, relayed.MemberId);
        Assert.Equal("Carl: Hello Fay, when can you start?", shown);
        Assert.DoesNotContain("2222222", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(MatchingChat.Client, relayed.Data.Values);
    }

    [Fact]
    public async Task Menu_InTalkMode_LeavesAndStopsRelaying()
    {
        await MatchAsync();
        var id = Assert.Single(_market.Matches()).Id;
        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(id, "t"));

        _market.Chat.UserId = MatchingChat.Freelancer;
        await _market.Chat.CommandAsync("menu");
        await _market.SayAsync(MatchingChat.Freelancer, "still there?");

        Assert.Equal("", _market.Chat.Conversation!.Flow);
        Assert.DoesNotContain(_market.Outbox(), m => m.Kind == MatchKinds.Relay);
    }

    [Fact]
    public async Task NotForMe_DeclinesThePair_NoFurtherPushesAndInviteIsClosed()
    {
        await _market.SetUpMarketAsync();
        await _market.PublishRequestAsync(MatchingChat.Client);
        var id = Assert.Single(_market.Matches()).Id;

        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(id, "n"));
        var queued = _market.Outbox().Count;
        var swept = _market.Get<MatchSweepService>().Run();
        await _market.PressAsync(MatchingChat.Client, MatchKinds.Button(id, "y"));

        Assert.Equal(MatchStatus.Declined, _market.Store.FindMatch(id)!.Status);
        Assert.Equal(0, swept);
        Assert.Equal(queued, _market.Outbox().Count);
        Assert.Contains("the other side has already declined", _market.LastText, StringComparison.Ordinal);
        Assert.Single(_market.Matches());
    }

    [Fact]
    public async Task SameAnswerPressedTwice_CountsAsOneDecision()
    {
        await _market.SetUpMarketAsync();
        await _market.PublishRequestAsync(MatchingChat.Client);
        var id = Assert.Single(_market.Matches()).Id;

        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(id, "y"));
        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(id, "n"));
        var second = _market.LastText;

        var match = _market.Store.FindMatch(id)!;
        Assert.Equal(MatchDecision.Yes, match.FreelancerDecision);
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Contains("You already answered this one", second, StringComparison.Ordinal);
        Assert.Equal(1, _market.Store.LoadModel()!.Value.Freelancer.Observations);
        Assert.Equal(0, _market.Store.LoadModel()!.Value.Client.Observations);
    }

    [Theory]
    [InlineData("m:zzzzzzzzzzzz:y")]
    [InlineData("m:broken")]
    public async Task UnknownMatchKey_GetsAClearText(string key)
    {
        await _market.SetUpMarketAsync();

        await _market.PressAsync(MatchingChat.Client, key);

        Assert.Contains("I don't know that match any more", _market.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchButton_PressedInTheMiddleOfAnotherForm_IsAnsweredAndTheFormStays()
    {
        await _market.SetUpMarketAsync();
        await _market.PublishRequestAsync(MatchingChat.Client);
        var id = Assert.Single(_market.Matches()).Id;
        _market.Chat.UserId = MatchingChat.Freelancer;
        await _market.Chat.CommandAsync("offer");

        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(id, "y"));

        Assert.Equal(MatchDecision.Yes, _market.Store.FindMatch(id)!.FreelancerDecision);
        Assert.DoesNotContain("no longer current", _market.LastText, StringComparison.Ordinal);
        Assert.Equal("offer", _market.Chat.Conversation!.Flow);
    }

    [Fact]
    public async Task PublishRequest_NobodyFits_ClientToldNoMatchYetWithWaysToWiden()
    {
        await _market.SetUpMarketAsync();

        await _market.PublishRequestAsync(MatchingChat.Client, "Need a designer", "figma");

        Assert.Empty(_market.Matches());
        Assert.Contains("No match yet for \"Need a designer\"", _market.LastText, StringComparison.Ordinal);
        var widen = _market.Chat.Last.SelectMany(r => r.Buttons).SelectMany(b => b)
            .Single(b => b.Label == "Raise the budget");
        await _market.PressAsync(MatchingChat.Client, widen.Key);
        Assert.Equal("request", _market.Chat.Conversation!.Flow);
    }

    [Fact]
    public async Task Invite_AfterTheRequestWasPaused_IsNotRecorded()
    {
        await _market.SetUpMarketAsync();
        await _market.PublishRequestAsync(MatchingChat.Client);
        var id = Assert.Single(_market.Matches()).Id;
        var requestId = _market.Store.FindMatch(id)!.RequestId;
        _market.Chat.UserId = MatchingChat.Client;
        await _market.Chat.CommandAsync("requests");
        await _market.Chat.PressAsync("p." + requestId);

        await _market.PressAsync(MatchingChat.Client, MatchKinds.Button(id, "y"));

        Assert.Equal(MatchDecision.Pending, _market.Store.FindMatch(id)!.ClientDecision);
        Assert.Contains("paused or deleted", _market.LastText, StringComparison.Ordinal);
    }

    private async Task MatchAsync()
    {
        await _market.SetUpMarketAsync();
        await _market.PublishRequestAsync(MatchingChat.Client);
        var id = Assert.Single(_market.Matches()).Id;
        await _market.PressAsync(MatchingChat.Freelancer, MatchKinds.Button(id, "y"));
        await _market.PressAsync(MatchingChat.Client, MatchKinds.Button(id, "y"));
    }

    public void Dispose() => _market.Dispose();
}
