using Microsoft.Extensions.Options;
using SkillShare.Bot.Hosting;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>Teams' line in /healthz: local mode (loopback emulators only) or authenticated.</summary>
public sealed class TeamsChannelStatus(IOptions<TeamsOptions> options) : IChannelStatus
{
    public ChannelStatusReport Report() => options.Value.LocalMode
        ? new(ChannelKind.Teams, ChannelState.On, "local mode: unauthenticated activities from loopback only")
        : new(ChannelKind.Teams, ChannelState.On, "Bot Framework tokens required");
}
