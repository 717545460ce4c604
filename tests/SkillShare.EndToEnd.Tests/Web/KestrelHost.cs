using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkillShare.Bot.Notifications;

namespace SkillShare.EndToEnd.Tests.Web;

/// <summary>
/// The whole host (real flows, real LiteDB file) on real Kestrel at 127.0.0.1 on a free port, given to
/// the host through Web:Urls as a user would; every log line goes to <see cref="Log"/>.
/// </summary>
public sealed class KestrelHost : WebApplicationFactory<Program>
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "skillshare-e2e", Guid.NewGuid().ToString("N"));

    private readonly int _port = FreePort();

    public KestrelHost() => UseKestrel();

    public LogSink Log { get; } = new();

    public Uri BaseUrl
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.Single());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Path", Path.Combine(_folder, "skillshare.db"));
        builder.UseSetting("Verification:PhoneHashKeyFile", Path.Combine(_folder, "phone-hash.key"));
        builder.UseSetting("Web:Urls", $"http://127.0.0.1:{_port}");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureTestServices(services => services.AddSingleton<INotificationTemplate, RelayTemplate>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
