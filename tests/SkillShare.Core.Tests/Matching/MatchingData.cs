using SkillShare.Core.Matching;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;

namespace SkillShare.Core.Tests.Matching;

/// <summary>Hand-made requests and offers that pass every hard filter unless a test changes them.</summary>
internal static class MatchingData
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static MatchParty Party(string memberId, string zone = "Etc/UTC") => new()
    {
        MemberId = memberId,
        IsVerified = true,
        TimeZoneId = zone,
    };

    public static SkillRef Skill(string id) => new(id, SkillTaxonomy.Starter.FindById(id)!.PreferredLabel);

    public static OfferEntry Offer(
        string id = "o1", string[]? skills = null, long rateMinor = 50_00, MatchParty? freelancer = null)
    {
        var party = freelancer ?? Party("f1");
        var offer = new SkillOffer
        {
            Id = id,
            MemberId = party.MemberId,
            Title = "Backend work",
            Skills = [.. (skills ?? ["csharp"]).Select(Skill)],
            HourlyRate = new SkillShare.Core.Money.Money(rateMinor, "USD"),
            HoursPerWeek = 30,
            Status = PostStatus.Published,
            UpdatedAt = Now.AddDays(-30),
        };
        return new OfferEntry(offer, party);
    }

    public static RequestEntry Request(string[]? skills = null, MatchParty? client = null)
    {
        var party = client ?? Party("c1");
        var request = new TalentRequest
        {
            Id = "r1",
            MemberId = party.MemberId,
            Title = "Need help",
            RequiredSkills = [.. (skills ?? ["csharp"]).Select(Skill)],
            BudgetMin = new SkillShare.Core.Money.Money(40_00, "USD"),
            BudgetMax = new SkillShare.Core.Money.Money(80_00, "USD"),
            HoursPerWeek = 40,
            Status = PostStatus.Published,
            UpdatedAt = Now,
        };
        return new RequestEntry(request, party);
    }
}
