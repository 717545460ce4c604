using SkillShare.Core.Members;

namespace SkillShare.Bot.Hosting;

/// <summary>Where a channel stands, as /healthz reports it.</summary>
public enum ChannelState
{
    /// <summary>Not configured (no token, no app id); the log says how to turn it on.</summary>
    Off,

    /// <summary>Configured and receiving.</summary>
    On,

    /// <summary>Configured but failing (polling errors, rejected credentials); Detail says why.</summary>
    Degraded,
}

/// <summary>One channel's state for /healthz; Detail is short and never holds a token or a phone number.</summary>
public sealed record ChannelStatusReport(ChannelKind Channel, ChannelState State, string Detail);

/// <summary>
/// Implemented once per channel and registered with <c>services.AddSingleton&lt;IChannelStatus, ...&gt;()</c>;
/// /healthz lists every registered one.
/// </summary>
public interface IChannelStatus
{
    ChannelStatusReport Report();
}
