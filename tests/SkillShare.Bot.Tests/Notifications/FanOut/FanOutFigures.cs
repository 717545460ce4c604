using System.Globalization;

namespace SkillShare.Bot.Tests.Notifications.FanOut;

/// <summary>What one fan-out run measured, and what the configured rate allows for it.</summary>
public sealed record FanOutFigures(
    int Messages,
    int SenderPerSecond,
    int ApiPerSecond,
    TimeSpan Total,
    double AcceptedSpanSeconds,
    int TooManyRequests,
    int MaxInAnySecond,
    int ChatsReached,
    int Duplicates,
    int OutboxSent)
{
    /// <summary>What the configured rate allows: messages / rate (1,000 at 25 a second: 40 s).</summary>
    public double AllowedSeconds => Messages / (double)SenderPerSecond;

    /// <summary>How far the total is above that floor, in percent.</summary>
    public double OverAllowedPercent => (Total.TotalSeconds / AllowedSeconds - 1) * 100;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"fan-out: {Messages} messages, sender {SenderPerSecond}/s, fake API limit {ApiPerSecond}/s; " +
        $"total {Total.TotalSeconds:F2} s (first to last accepted {AcceptedSpanSeconds:F2} s), " +
        $"allowed {AllowedSeconds:F2} s, {OverAllowedPercent:+0.0;-0.0}%; 429s {TooManyRequests}; " +
        $"max in any 1 s {MaxInAnySecond}; chats reached {ChatsReached}, duplicates {Duplicates}, " +
        $"outbox sent {OutboxSent}");
}
