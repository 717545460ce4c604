using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;
using CoreMoney = SkillShare.Core.Money.Money;
using CoreCurrency = SkillShare.Core.Money.Currency;

namespace SkillShare.Bot.Channels.Web.Demo;

/// <summary>
/// Builds the demo market as one turn's changes, so it lands in one transaction. Every id is fixed,
/// so seeding twice leaves one copy (dates are refreshed, deadlines stay in the future).
/// </summary>
public static class DemoMarket
{
    /// <summary>What a seed wrote, for the command's summary.</summary>
    public sealed record Summary(int Members, int Offers, int Requests);

    public static Summary Seed(IConversationStore store, DateTimeOffset now)
    {
        var changes = Build(now);
        store.Commit(changes);
        return new Summary(changes.Members.Count, changes.Offers.Count, changes.Requests.Count);
    }

    public static TurnChanges Build(DateTimeOffset now)
    {
        var changes = new TurnChanges();
        foreach (var person in DemoPeople.All)
        {
            changes.Save(ToMember(person, now));
            changes.Verifications.Add(Verification(person, now));
        }

        foreach (var offer in DemoPosts.Offers)
            changes.Save(ToOffer(offer, now));
        foreach (var request in DemoPosts.Requests)
            changes.Save(ToRequest(request, now));
        return changes;
    }

    private static Member ToMember(DemoPeople.Person person, DateTimeOffset now) => new()
    {
        Id = DemoPeople.MemberId(person.Key),
        DisplayName = person.Name,
        Bio = person.Bio,
        Location = person.Location,
        TimeZoneId = person.TimeZone,
        SpokenLanguages = [.. person.Languages],
        Roles = person.Roles,
        Language = person.Language,
        VerifiedAt = now.AddDays(-20),
        CreatedAt = now.AddDays(-30),
    };

    private static VerificationRecord Verification(DemoPeople.Person person, DateTimeOffset now) => new()
    {
        Id = $"demo-verification-{person.Key}",
        MemberId = DemoPeople.MemberId(person.Key),
        Method = VerificationMethod.OneTimeCode,
        Channel = ChannelKind.Web,
        VerifiedAt = now.AddDays(-20),
    };

    private static SkillOffer ToOffer(DemoPosts.Offer offer, DateTimeOffset now) => new()
    {
        Id = $"demo-offer-{offer.Key}",
        MemberId = DemoPeople.MemberId(offer.Person),
        Title = offer.Title,
        Description = offer.Description,
        Skills = Skills(offer.Skills),
        HourlyRate = CoreMoney.Of(offer.Rate, CoreCurrency.Find(offer.Currency)),
        HoursPerWeek = offer.Hours,
        Mode = offer.Mode,
        Place = offer.Place,
        Status = PostStatus.Published,
        CreatedAt = now.AddDays(-10),
        UpdatedAt = now.AddDays(-10),
    };

    private static TalentRequest ToRequest(DemoPosts.Request request, DateTimeOffset now)
    {
        var currency = CoreCurrency.Find(request.Currency);
        return new TalentRequest
        {
            Id = $"demo-request-{request.Key}",
            MemberId = DemoPeople.MemberId(request.Person),
            Title = request.Title,
            Description = request.Description,
            RequiredSkills = Skills(request.Skills),
            BudgetMin = CoreMoney.Of(request.Min, currency),
            BudgetMax = CoreMoney.Of(request.Max, currency),
            HoursPerWeek = request.Hours,
            Deadline = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(request.DeadlineDays + 1)
                .AddTicks(-1),
            Mode = request.Mode,
            Place = request.Place,
            Status = PostStatus.Published,
            CreatedAt = now.AddDays(-5),
            UpdatedAt = now.AddDays(-5),
        };
    }

    private static List<SkillRef> Skills(string[] ids) =>
        ids.Select(id => SkillTaxonomy.Starter.FindById(id)
                ?? throw new InvalidOperationException($"The demo names skill '{id}', which is not in the taxonomy."))
            .Select(skill => new SkillRef(skill.Id, skill.PreferredLabel))
            .ToList();
}
