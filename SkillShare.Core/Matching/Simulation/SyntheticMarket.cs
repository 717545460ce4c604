using System.Globalization;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;

namespace SkillShare.Core.Matching.Simulation;

/// <summary>
/// A made-up market for benchmarks and property tests, the same for the same seed: offers and
/// requests over a taxonomy's skills, with filler words, rates, hours, zones and places.
/// </summary>
public sealed class SyntheticMarket
{
    private static readonly string[] Zones =
    [
        "Etc/UTC", "Europe/London", "Europe/Berlin", "Europe/Moscow", "Asia/Kolkata", "Asia/Shanghai",
        "Asia/Tokyo", "Australia/Sydney", "America/New_York", "America/Chicago", "America/Los_Angeles",
        "America/Sao_Paulo",
    ];

    private static readonly string[] Places = ["berlin", "london", "shanghai", "new york", "paris"];

    private readonly Random _random;
    private readonly Skill[] _skills;
    private readonly string[] _words;

    public SyntheticMarket(SkillTaxonomy taxonomy, int seed, int vocabulary = 3000)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _random = new Random(seed);
        _skills = [.. taxonomy.All.OrderBy(s => s.Id, StringComparer.Ordinal)];
        _random.Shuffle(_skills);
        _words = [.. Enumerable.Range(0, vocabulary).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture))];
    }

    /// <summary>The instant the market is generated at; posts were updated up to 90 days before it.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Offers spread round-robin over the given number of freelancers ("f000000"...).</summary>
    public List<OfferEntry> Offers(int count, int freelancers)
    {
        var parties = Enumerable.Range(0, freelancers).Select(i => Party("f" + Id(i))).ToArray();
        var offers = new List<OfferEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var party = parties[i % freelancers];
            offers.Add(new OfferEntry(Offer("o" + Id(i), party), party));
        }

        return offers;
    }

    /// <summary>Requests, each from its own client.</summary>
    public List<RequestEntry> Requests(int count)
    {
        var requests = new List<RequestEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var client = Party("c" + Id(i));
            requests.Add(new RequestEntry(Request("r" + Id(i), client), client));
        }

        return requests;
    }

    private SkillOffer Offer(string id, MatchParty freelancer)
    {
        var skills = PickSkills(_random.Next(1, 5));
        var onSite = _random.NextDouble() < 0.15;
        return new SkillOffer
        {
            Id = id,
            MemberId = freelancer.MemberId,
            Title = $"{skills[0].Label} {Word()} {Word()}",
            Description = Text(skills, 25),
            Skills = skills,
            HourlyRate = new Money.Money(_random.Next(20, 150) * 100L, _random.NextDouble() < 0.9 ? "USD" : "EUR"),
            HoursPerWeek = _random.Next(1, 5) * 10,
            Mode = onSite ? WorkMode.OnSite : WorkMode.Remote,
            Place = onSite ? Places[_random.Next(Places.Length)] : null,
            Status = PostStatus.Published,
            UpdatedAt = Now.AddHours(-_random.Next(0, 90 * 24)),
        };
    }

    private TalentRequest Request(string id, MatchParty client)
    {
        var skills = PickSkills(_random.Next(1, 4));
        var low = _random.Next(20, 100) * 100L;
        var onSite = _random.NextDouble() < 0.1;
        return new TalentRequest
        {
            Id = id,
            MemberId = client.MemberId,
            Title = $"{Word()} {skills[0].Label}",
            Description = Text(skills, 15),
            RequiredSkills = skills,
            BudgetMin = new Money.Money(low, "USD"),
            BudgetMax = new Money.Money(low + (_random.Next(10, 80) * 100L), "USD"),
            HoursPerWeek = _random.Next(1, 5) * 10,
            Mode = onSite ? WorkMode.OnSite : WorkMode.Remote,
            Place = onSite ? Places[_random.Next(Places.Length)] : null,
            Status = PostStatus.Published,
            UpdatedAt = Now.AddHours(-_random.Next(0, 30 * 24)),
        };
    }

    private MatchParty Party(string memberId) => new()
    {
        MemberId = memberId,
        IsVerified = _random.NextDouble() < 0.97,
        IsPaused = _random.NextDouble() < 0.02,
        TimeZoneId = Zones[_random.Next(Zones.Length)],
        Hours = _random.NextDouble() < 0.5 ? new DailyHours(_random.Next(6, 12), _random.Next(15, 22)) : null,
        Reputation = Math.Round(_random.NextDouble(), 3),
        ResponseRate = Math.Round(_random.NextDouble(), 3),
    };

    private List<SkillRef> PickSkills(int count) =>
    [
        .. Enumerable.Range(0, count)
            .Select(_ => _skills[Skewed(_skills.Length)])
            .DistinctBy(s => s.Id)
            .Select(s => new SkillRef(s.Id, s.PreferredLabel)),
    ];

    private string Text(List<SkillRef> skills, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => _random.NextDouble() < 0.2
            ? skills[_random.Next(skills.Count)].Label
            : Word()));

    private string Word() => _words[Skewed(_words.Length)];

    /// <summary>An index where low numbers are much more likely, as word and skill use are.</summary>
    private int Skewed(int length) =>
        (int)Math.Min(length - 1, Math.Floor(Math.Pow(_random.NextDouble(), 2.5) * length));

    private static string Id(int i) => i.ToString("D6", CultureInfo.InvariantCulture);
}
