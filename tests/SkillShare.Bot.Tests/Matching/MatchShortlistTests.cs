using System.Globalization;
using SkillShare.Bot.Matching;

namespace SkillShare.Bot.Tests.Matching;

public sealed class MatchShortlistTests : IDisposable
{
    private readonly MatchingChat _market = new();

    [Fact]
    public async Task Shortlist_SixCandidates_ShowsFiveThenShowMorePagesOn()
    {
        for (var i = 1; i <= 6; i++)
        {
            var user = (500 + i).ToString(CultureInfo.InvariantCulture);
            await _market.JoinAsync(user, "Free" + i, "+49 30 90000" + i.ToString(CultureInfo.InvariantCulture));
            var rate = (40 + i).ToString(CultureInfo.InvariantCulture) + " USD";
            await _market.PublishOfferAsync(rate: rate, userId: user);
        }

        await _market.JoinAsync(MatchingChat.Client, "Carl", "+49 30 2222222");
        await _market.PublishRequestAsync(MatchingChat.Client);
        var shortlist = _market.Render(Assert.Single(_market.Outbox(), m => m.Kind == MatchKinds.ShortlistForClient));
        var more = shortlist.Buttons[^1].Single();
        await _market.PressAsync(MatchingChat.Client, more.Key);
        var page = Assert.Single(_market.Chat.Last);

        Assert.Equal(6, _market.Matches().Count);
        Assert.Equal(6, shortlist.Buttons.Count);
        Assert.Equal("Show more", more.Label);
        Assert.Single(page.Buttons);
        Assert.StartsWith("Invite Free", page.Buttons[0][0].Label, StringComparison.Ordinal);
        var firstPage = shortlist.Buttons.Take(5).Select(r => r[0].Label).ToList();
        Assert.DoesNotContain(page.Buttons[0][0].Label, firstPage);
    }

    [Fact]
    public async Task FreelancerPush_ChineseMember_IsRenderedInChinese()
    {
        _market.Chat.LanguageCode = "zh-CN";
        _market.Chat.UserId = MatchingChat.Freelancer;
        await _market.Chat.CommandAsync("start");
        await _market.Chat.PressAsync("l.zh");
        await _market.Chat.PressAsync("r.b");
        foreach (var answer in new[] { "Fay" })
            await _market.Chat.TextAsync(answer);
        await _market.Chat.PressAsync("skip");
        await _market.Chat.TextAsync("Berlin");
        await _market.Chat.TextAsync("English");
        await _market.Chat.PressAsync("skip");
        await _market.Chat.SendAsync(new Conversations.ContactInput("+49 30 1111111", MatchingChat.Freelancer));
        _market.Chat.LanguageCode = "en";
        await _market.JoinAsync(MatchingChat.Client, "Carl", "+49 30 2222222");
        await _market.PublishOfferAsync();

        await _market.PublishRequestAsync(MatchingChat.Client);

        var push = _market.Render(Assert.Single(_market.Outbox(), m => m.Kind == MatchKinds.RequestForFreelancer));
        Assert.StartsWith("有一个新需求与你匹配：Need a DBA", push.Text, StringComparison.Ordinal);
        Assert.Equal(["感兴趣", "不适合我"], push.Buttons.Single().Select(b => b.Label));
    }

    public void Dispose() => _market.Dispose();
}
