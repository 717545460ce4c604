using System.Globalization;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Flows;

/// <summary>Reads a deadline date typed in the member's time zone into the UTC instant that day ends.</summary>
internal static class DeadlineReader
{
    /// <summary>A deadline further away than this is refused as a typo.</summary>
    public const int MaxYearsAhead = 3;

    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "d.M.yyyy", "yyyy年M月d日"];

    public static FieldResult Read(TurnInput input, string timeZoneId, DateTimeOffset now)
    {
        var text = FieldReaders.Text(input, 30);
        if (!text.IsValid)
            return text;

        var culture = CultureInfo.InvariantCulture;
        if (!DateOnly.TryParseExact(text.Value, Formats, culture, DateTimeStyles.None, out var date))
            return FieldResult.Refuse("flows.error.date_format");

        var endOfDay = EndOfDay(date, TimeZoneResolver.Find(timeZoneId));
        if (endOfDay <= now)
            return FieldResult.Refuse("flows.error.date_past");

        return endOfDay > now.AddYears(MaxYearsAhead)
            ? FieldResult.Refuse("flows.error.date_far", MaxYearsAhead)
            : FieldResult.Accept(DraftValues.FromInstant(endOfDay));
    }

    /// <summary>The last second of a date in a zone, as a UTC instant.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The date a UTC instant falls on in a zone, as the member would type it.</summary>
    public static string LocalDate(DateTimeOffset instant, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneResolver.Find(timeZoneId))
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
