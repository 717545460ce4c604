using SkillShare.Bot.Channels.Web.Demo;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;
using SkillShare.Storage;

namespace SkillShare.Bot.Tests.Channels.Web.Demo;

public sealed class DemoMarketTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly LiteDbStore _store = new(new MemoryStream(), TimeProvider.System);

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Seed_Twice_LeavesOneCopyOfEachPost()
    {
        var first = DemoMarket.Seed(_store, Now);

        var second = DemoMarket.Seed(_store, Now.AddHours(1));

        Assert.Equal(first, second);
        Assert.Equal(first.Offers, _store.PublishedOffers().Count);
        Assert.Equal(first.Requests, _store.PublishedRequests().Count);
    }

    [Fact]
    public void Seed_Market_SpansSkillsLanguagesAndTimeZones()
    {
        DemoMarket.Seed(_store, Now);

        var offers = _store.PublishedOffers();
        var requests = _store.PublishedRequests();
        var members = offers.Select(o => o.MemberId).Concat(requests.Select(r => r.MemberId))
            .Distinct().Select(id => _store.FindById(id)!).ToList();
        Assert.True(offers.SelectMany(o => o.Skills).Select(s => s.SkillId).Distinct().Count() >= 15);
        Assert.True(members.SelectMany(m => m.SpokenLanguages).Distinct().Count() >= 8);
        Assert.True(members.Select(m => m.TimeZoneId).Distinct().Count() >= 8);
        Assert.True(offers.Select(o => o.HourlyRate.CurrencyCode).Distinct().Count() >= 4);
        Assert.All(members, m => Assert.True(m.IsVerified && m.HasProfile));
    }

    [Fact]
    public void Seed_Posts_NameTaxonomySkillsAndSaneMoney()
    {
        DemoMarket.Seed(_store, Now);

        var skills = _store.PublishedOffers().SelectMany(o => o.Skills)
            .Concat(_store.PublishedRequests().SelectMany(r => r.RequiredSkills));
        Assert.All(skills, s => Assert.NotNull(SkillTaxonomy.Starter.FindById(s.SkillId!)));
        Assert.All(_store.PublishedRequests(), r =>
        {
            Assert.True(r.BudgetMin.CompareTo(r.BudgetMax) < 0);
            Assert.True(r.Deadline > Now);
        });
        Assert.All(_store.PublishedOffers(), o => Assert.True(o.HourlyRate.MinorUnits > 0));
    }

    [Fact]
    public void Seed_RequestsAndOffers_OverlapSoMatchingHasSomethingToFind()
    {
        DemoMarket.Seed(_store, Now);

        var offered = _store.PublishedOffers().SelectMany(o => o.Skills).Select(s => s.SkillId).ToHashSet();

        Assert.All(_store.PublishedRequests(),
            r => Assert.Contains(r.RequiredSkills, s => offered.Contains(s.SkillId)));
        Assert.Contains(_store.PublishedOffers(), o => o.Mode == WorkMode.OnSite);
    }
}
