using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SkillShare.EndToEnd.Tests.Teams;

/// <summary>The real host on Kestrel at 127.0.0.1 (any free port), Teams in local mode, a fresh LiteDB file.</summary>
public sealed class LocalModeHost : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"e2e-teams-{Guid.NewGuid():N}.db");

    public LocalModeHost() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public string BaseUrl => Services.GetRequiredService<IServer>().Features
        .Get<IServerAddressesFeature>()!.Addresses.First();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Path", _databasePath);
        builder.UseSetting("Teams:AppId", "");
        builder.UseSetting("Teams:OpenIdMetadataUrl", "http://127.0.0.1:9/unused");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_databasePath);
    }
}
