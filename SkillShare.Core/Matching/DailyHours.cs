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
        Span<double> first = stackalloc double[4];
        Span<double> second = stackalloc double[4];
        var firstCount = UtcSegments(a, offsetA, first);
        var secondCount = UtcSegments(b, offsetB, second);
        var shared = 0.0;
        for (var i = 0; i < firstCount; i += 2)
        {
            for (var j = 0; j < secondCount; j += 2)
                shared += Math.Max(0, Math.Min(first[i + 1], second[j + 1]) - Math.Max(first[i], second[j]));
        }

        return shared;
    }

    /// <summary>Writes the window as one or two [start, end) pairs on the UTC day; returns 2 or 4.</summary>
    private static int UtcSegments(DailyHours hours, double offset, Span<double> segments)
    {
        var start = Mod24(hours.StartHour - offset);
        var length = Mod24(hours.EndHour - hours.StartHour);
        length = length == 0 ? 24 : length;
        segments[0] = start;
        segments[1] = Math.Min(24, start + length);
        if (start + length <= 24)
            return 2;
        segments[2] = 0;
        segments[3] = start + length - 24;
        return 4;
    }

    private static double Mod24(double hours) => ((hours % 24) + 24) % 24;
}
