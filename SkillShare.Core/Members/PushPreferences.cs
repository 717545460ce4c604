namespace SkillShare.Core.Members;

/// <summary>How a member wants match pushes: at once or once a day, and hours of the night to keep quiet.</summary>
public sealed class PushPreferences
{
    /// <summary>Local hour at which a daily digest is delivered.</summary>
    public const int DigestHour = 9;

    /// <summary>True: pushes wait for the daily digest hour instead of going out at once.</summary>
    public bool DailyDigest { get; set; }

    /// <summary>Local hour quiet time starts (inclusive); null for no quiet hours.</summary>
    public int? QuietFrom { get; set; }

    /// <summary>Local hour quiet time ends (exclusive); before <see cref="QuietFrom"/> when over midnight.</summary>
    public int? QuietTo { get; set; }

    /// <summary>When a push made at <paramref name="now"/> may be delivered, in the member's time zone.</summary>
    public DateTimeOffset DueAt(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (DailyDigest)
            return NextLocalHour(local, DigestHour, zone);
        if (QuietFrom is { } from && QuietTo is { } to && InWindow(local.Hour, from, to))
            return NextLocalHour(local, to, zone);
        return now;
    }

    private static bool InWindow(int hour, int from, int to) =>
        from < to ? hour >= from && hour < to : hour >= from || hour < to;

    /// <summary>The next instant (after local) at which the local clock shows hour:00.</summary>
    private static DateTimeOffset NextLocalHour(DateTimeOffset local, int hour, TimeZoneInfo zone)
    {
        var day = local.Date.AddHours(hour);
        if (day <= local.DateTime)
            day = day.AddDays(1);
        var offset = zone.GetUtcOffset(day);
        return new DateTimeOffset(day, offset).ToUniversalTime();
    }
}
