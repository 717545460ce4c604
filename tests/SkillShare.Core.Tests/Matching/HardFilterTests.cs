using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Retrieval;
using SkillShare.Core.Matching.Scoring;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;
using static SkillShare.Core.Tests.Matching.MatchingData;

namespace SkillShare.Core.Tests.Matching;

public class HardFilterTests
{
    [Fact]
    public void Evaluate_DraftRequest_IsNotPublished()
    {
        var request = Request();
        request.Request.Status = PostStatus.Draft;

        Assert.Equal(FilterReason.NotPublished, Filter(request, Offer()));
    }

    [Fact]
    public void Evaluate_OwnOffer_IsSameMember()
    {
        Assert.Equal(FilterReason.SameMember, Filter(Request(client: Party("m1")), Offer(freelancer: Party("m1"))));
    }

    [Fact]
    public void Evaluate_UnverifiedFreelancer_IsUnverified()
    {
        var offer = Offer(freelancer: Party("f1") with { IsVerified = false });

        Assert.Equal(FilterReason.Unverified, Filter(Request(), offer));
    }

    [Fact]
    public void Evaluate_PausedClient_IsPaused()
    {
        Assert.Equal(FilterReason.Paused, Filter(Request(client: Party("c1") with { IsPaused = true }), Offer()));
    }

    [Fact]
    public void Evaluate_UnrelatedSkill_IsNoSharedSkill()
    {
        Assert.Equal(FilterReason.NoSharedSkill, Filter(Request(["csharp"]), Offer(skills: ["photography"])));
    }

    [Fact]
    public void Evaluate_RateInOtherCurrency_IsCurrencyMismatch()
    {
        var offer = Offer();
        offer.Offer.HourlyRate = new SkillShare.Core.Money.Money(10_00, "EUR");

        Assert.Equal(FilterReason.CurrencyMismatch, Filter(Request(), offer));
    }

    [Fact]
    public void Evaluate_RateAboveCeiling_IsOverBudget()
    {
        Assert.Equal(FilterReason.OverBudget, Filter(Request(), Offer(rateMinor: 80_01)));
    }

    [Fact]
    public void Evaluate_RateAtCeiling_Passes()
    {
        Assert.Equal(FilterReason.None, Filter(Request(), Offer(rateMinor: 80_00)));
    }

    [Fact]
    public void Evaluate_OnSiteRequestRemoteOffer_IsPlaceMismatch()
    {
        var request = Request();
        request.Request.Mode = WorkMode.OnSite;
        request.Request.Place = "Berlin";

        Assert.Equal(FilterReason.PlaceMismatch, Filter(request, Offer()));
    }

    [Fact]
    public void Evaluate_OnSiteSamePlaceDifferentCase_Passes()
    {
        var request = Request();
        request.Request.Mode = WorkMode.OnSite;
        request.Request.Place = "New York";
        var offer = Offer();
        offer.Offer.Mode = WorkMode.OnSite;
        offer.Offer.Place = "new  york";

        Assert.Equal(FilterReason.None, Filter(request, offer));
    }

    [Fact]
    public void Evaluate_BerlinDayAndLosAngelesDay_IsNoHoursOverlap()
    {
        var client = Party("c1", "Europe/Berlin") with { Hours = new DailyHours(9, 17) };
        var freelancer = Party("f1", "America/Los_Angeles") with { Hours = new DailyHours(9, 17) };

        Assert.Equal(FilterReason.NoHoursOverlap, Filter(Request(client: client), Offer(freelancer: freelancer)));
    }

    [Fact]
    public void Evaluate_BerlinDayAndLosAngelesEarlyStart_Passes()
    {
        var client = Party("c1", "Europe/Berlin") with { Hours = new DailyHours(9, 17) };
        var freelancer = Party("f1", "America/Los_Angeles") with { Hours = new DailyHours(6, 14) };

        Assert.Equal(FilterReason.None, Filter(Request(client: client), Offer(freelancer: freelancer)));
    }

    [Fact]
    public void OverlapHours_WindowAcrossMidnight_CountsBothParts()
    {
        var shared = DailyHours.OverlapHours(new DailyHours(22, 6), 0, new DailyHours(0, 24), 0);

        Assert.Equal(8, shared);
    }

    private static FilterReason Filter(RequestEntry request, OfferEntry offer)
    {
        var index = new OfferIndex(SkillTaxonomy.Starter);
        index.Upsert(offer);
        return index.Evaluate(request, offer.Offer.Id, ReciprocalModel.CreatePrior(), Now).Filter;
    }
}
