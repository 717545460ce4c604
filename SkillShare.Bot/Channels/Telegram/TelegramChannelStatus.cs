using Microsoft.Extensions.Options;
using SkillShare.Bot.Hosting;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>Telegram's line in /healthz: off without a token, degraded while polling keeps failing.</summary>
public sealed class TelegramChannelStatus(IOptions<TelegramOptions> options, TelegramChannelService service)
    : IChannelStatus
{
    public ChannelStatusReport Report()
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return new(ChannelKind.Telegram, ChannelState.Off, "no Telegram:Token");

        var failures = service.ConsecutiveFailures;
        return failures == 0
            ? new(ChannelKind.Telegram, ChannelState.On, $"{settings.Mode}")
            : new(ChannelKind.Telegram, ChannelState.Degraded,
                $"{settings.Mode}: {failures} polling failure(s) in a row");
    }
}
