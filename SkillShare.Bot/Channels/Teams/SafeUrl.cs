using System.Net;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>The one URL rule of the Teams channel: https anywhere, plain http only on a loopback address.</summary>
public static class SafeUrl
{
    public static bool IsPermitted(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsPermitted(uri);

    public static bool IsPermitted(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));

    public static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
