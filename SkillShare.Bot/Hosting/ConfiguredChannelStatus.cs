using SkillShare.Core.Members;

namespace SkillShare.Bot.Hosting;

/// <summary>
/// The /healthz line of a channel that registers no <see cref="IChannelStatus"/> of its own: on or
/// off from its configuration alone (a token or app id present), with no live state.
/// </summary>
public static class ConfiguredChannelStatus
{
    public static ChannelStatusReport For(ChannelKind channel, IConfiguration configuration) => channel switch
    {
        ChannelKind.Telegram => FromKey(channel, configuration, "Telegram:Token",
            $"configured, {configuration["Telegram:Mode"] ?? "Polling"} mode; no live status reported"),
        ChannelKind.Teams => string.IsNullOrWhiteSpace(configuration["Teams:AppId"])
            ? new ChannelStatusReport(channel, ChannelState.On,
                "local mode: Teams:AppId is empty, /api/messages takes unsigned activities from loopback only")
            : new ChannelStatusReport(channel, ChannelState.On, "configured; no live status reported"),
        _ => new ChannelStatusReport(channel, ChannelState.Off, "no status reported"),
    };

    private static ChannelStatusReport FromKey(ChannelKind channel, IConfiguration configuration, string key,
        string onDetail) =>
        string.IsNullOrWhiteSpace(configuration[key])
            ? new ChannelStatusReport(channel, ChannelState.Off, $"{key} is empty")
            : new ChannelStatusReport(channel, ChannelState.On, onDetail);
}
