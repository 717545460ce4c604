using System.ComponentModel.DataAnnotations;

namespace SkillShare.Bot.Notifications;

/// <summary>How the notification dispatcher drains the outbox.</summary>
public sealed class DispatchOptions
{
    public const string Section = "Notifications";

    /// <summary>How often the outbox is read when nothing signals it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many conversations are sent to at once; each channel's own rate limits still apply.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 16;

    /// <summary>Attempts before a message that keeps failing transiently is given up.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 200;
}
