namespace SkillShare.Core.Matching;

/// <summary>A daily working window in a member's local time, in whole hours; End may wrap past midnight.</summary>
public readonly record struct DailyHours
{
    public DailyHours(int startHour, int endHour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startHour, 23);
        ArgumentOutOfRangeException.ThrowIfNegative(endHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endHour, 24);
        if (startHour == endHour)
            throw new ArgumentException("A working window needs at least one hour.", nameof(endHour));
        StartHour = startHour;
        EndHour = endHour;
    }

    public int StartHour { get; }

    public int EndHour { get; }

    /// <summary>Hours of the day the two windows share, given each side's UTC offset in hours.</summary>
    public static double OverlapHours(DailyHours a, double offsetA, DailyHours b, double offsetB)
    {
        var shared = 0.0;
        foreach (var (aStart, aEnd) in UtcSegments(a, offsetA))
        {
            foreach (var (bStart, bEnd) in UtcSegments(b, offsetB))
                shared += Math.Max(0, Math.Min(aEnd, bEnd) - Math.Max(aStart, bStart));
        }

        return shared;
    }

    private static IEnumerable<(double Start, double End)> UtcSegments(DailyHours hours, double offset)
    {
        var start = Mod24(hours.StartHour - offset);
        var length = Mod24(hours.EndHour - hours.StartHour);
        length = length == 0 ? 24 : length;
        if (start + length <= 24)
            return [(start, start + length)];
        return [(start, 24), (0, start + length - 24)];
    }

    private static double Mod24(double hours) => ((hours % 24) + 24) % 24;
}
