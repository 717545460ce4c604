using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SkillShare.Bot.Hosting;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web;

/// <summary>The web chat's line in /healthz: on with its addresses and open pages, or off.</summary>
public sealed class WebChannelStatus(IOptions<WebOptions> options, IServer server, WebPushHub hub) : IChannelStatus
{
    public ChannelStatusReport Report()
    {
        if (!options.Value.Enabled)
            return new ChannelStatusReport(ChannelKind.Web, ChannelState.Off, "Web:Enabled is false");

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var where = addresses.Count == 0 ? options.Value.Urls : string.Join(";", addresses);
        return new ChannelStatusReport(ChannelKind.Web, ChannelState.On,
            $"{where} (local use); {hub.ListenerCount} live page stream(s)");
    }
}
