using SkillShare.Core.Members;

namespace SkillShare.Core.Tests.Members;

public sealed class PushPreferencesTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void DueAt_Instant_NoQuietHours_IsNow()
    {
        var now = new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.Zero);

        var due = new PushPreferences().DueAt(now, Berlin);

        Assert.Equal(now, due);
    }

    [Fact]
    public void DueAt_InsideQuietHoursOverMidnight_IsTheLocalEndOfQuietHours()
    {
        var prefs = new PushPreferences { QuietFrom = 22, QuietTo = 7 };
        var now = new DateTimeOffset(2026, 12, 4, 22, 30, 0, TimeSpan.Zero);

        var due = prefs.DueAt(now, Berlin);

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void DueAt_OutsideQuietHours_IsNow()
    {
        var prefs = new PushPreferences { QuietFrom = 22, QuietTo = 7 };
        var now = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(now, prefs.DueAt(now, Berlin));
    }

    [Fact]
    public void DueAt_DailyDigest_IsTheNextNineOClockInTheMembersZone()
    {
        var prefs = new PushPreferences { DailyDigest = true };
        var afterNine = new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);
        var beforeNine = new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero), prefs.DueAt(afterNine, Shanghai));
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 1, 0, 0, TimeSpan.Zero), prefs.DueAt(beforeNine, Shanghai));
    }
}
