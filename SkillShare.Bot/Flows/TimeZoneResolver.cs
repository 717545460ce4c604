using System.Collections.Frozen;

namespace SkillShare.Bot.Flows;

/// <summary>
/// Turns what a member typed as their place into an IANA time zone: an IANA id itself
/// ("Europe/Berlin", "UTC"), or a city from a small built-in table in English or Chinese.
/// </summary>
internal static class TimeZoneResolver
{
    public const string Utc = "Etc/UTC";

    private static readonly FrozenDictionary<string, string> Cities = new Dictionary<string, string>
    {
        ["beijing"] = "Asia/Shanghai", ["北京"] = "Asia/Shanghai", ["shanghai"] = "Asia/Shanghai",
        ["上海"] = "Asia/Shanghai", ["shenzhen"] = "Asia/Shanghai", ["深圳"] = "Asia/Shanghai",
        ["guangzhou"] = "Asia/Shanghai", ["广州"] = "Asia/Shanghai", ["hangzhou"] = "Asia/Shanghai",
        ["杭州"] = "Asia/Shanghai", ["chengdu"] = "Asia/Shanghai", ["成都"] = "Asia/Shanghai",
        ["hong kong"] = "Asia/Hong_Kong", ["香港"] = "Asia/Hong_Kong", ["taipei"] = "Asia/Taipei",
        ["台北"] = "Asia/Taipei", ["singapore"] = "Asia/Singapore", ["新加坡"] = "Asia/Singapore",
        ["tokyo"] = "Asia/Tokyo", ["东京"] = "Asia/Tokyo", ["seoul"] = "Asia/Seoul", ["首尔"] = "Asia/Seoul",
        ["bangalore"] = "Asia/Kolkata", ["bengaluru"] = "Asia/Kolkata", ["mumbai"] = "Asia/Kolkata",
        ["delhi"] = "Asia/Kolkata", ["dubai"] = "Asia/Dubai", ["迪拜"] = "Asia/Dubai",
        ["moscow"] = "Europe/Moscow", ["莫斯科"] = "Europe/Moscow", ["kyiv"] = "Europe/Kyiv",
        ["istanbul"] = "Europe/Istanbul", ["berlin"] = "Europe/Berlin", ["柏林"] = "Europe/Berlin",
        ["paris"] = "Europe/Paris", ["巴黎"] = "Europe/Paris", ["london"] = "Europe/London",
        ["伦敦"] = "Europe/London", ["madrid"] = "Europe/Madrid", ["warsaw"] = "Europe/Warsaw",
        ["amsterdam"] = "Europe/Amsterdam", ["zurich"] = "Europe/Zurich", ["stockholm"] = "Europe/Stockholm",
        ["new york"] = "America/New_York", ["纽约"] = "America/New_York", ["toronto"] = "America/Toronto",
        ["chicago"] = "America/Chicago", ["san francisco"] = "America/Los_Angeles",
        ["los angeles"] = "America/Los_Angeles", ["旧金山"] = "America/Los_Angeles",
        ["洛杉矶"] = "America/Los_Angeles", ["seattle"] = "America/Los_Angeles",
        ["são paulo"] = "America/Sao_Paulo", ["sao paulo"] = "America/Sao_Paulo",
        ["sydney"] = "Australia/Sydney", ["悉尼"] = "Australia/Sydney", ["almaty"] = "Asia/Almaty",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The IANA id for a place or zone id, or null when neither is recognised.</summary>
    public static string? Resolve(string place)
    {
        var trimmed = place.Trim();
        if (Cities.TryGetValue(trimmed, out var city))
            return city;

        var looksLikeZone = trimmed.Contains('/', StringComparison.Ordinal) ||
            trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase);
        if (!looksLikeZone)
            return null;

        return TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var zone) && zone.HasIanaId ? zone.Id : null;
    }

    /// <summary>A zone by IANA id; UTC when the id is unknown on this machine.</summary>
    public static TimeZoneInfo Find(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
