using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Channels.Telegram;
using SkillShare.EndToEnd.Tests.Telegram;

namespace SkillShare.EndToEnd.Tests.Matching;

/// <summary>
/// One real host on Kestrel at 127.0.0.1 over a fresh LiteDB file with both channels on: Telegram
/// polling the emulator (through the test-only bridge), Teams in local mode with one operator.
/// </summary>
public sealed class CrossChannelHost(Uri telegramEmulator) : WebApplicationFactory<Program>
{
    public const string OperatorAad = "0a0a0a0a-operator-aad";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"skillshare-e2e-x-{Guid.NewGuid():N}");

    public Uri BaseUrl => new(Services.GetRequiredService<IServer>().Features
        .Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Builds and starts the host on Kestrel (polling and the outbox dispatcher start with it).</summary>
    public CrossChannelHost Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Path", Path.Combine(_folder, "skillshare.db"));
        builder.UseSetting("Verification:PhoneHashKey", Convert.ToBase64String(new byte[32]));
        builder.UseSetting("Telegram:Token", PollingHost.BotToken);
        builder.UseSetting("Telegram:ApiBaseUrl", telegramEmulator.ToString());
        builder.UseSetting("Telegram:Mode", nameof(TelegramMode.Polling));
        builder.UseSetting("Teams:AppId", "");
        builder.UseSetting("Teams:OpenIdMetadataUrl", "http://127.0.0.1:9/unused");
        builder.UseSetting("Teams:OperatorIds:0", OperatorAad);
        builder.ConfigureTestServices(services => services.AddHttpClient(TelegramClientFactory.HttpClientName)
            .AddHttpMessageHandler(() => new EmulatorBridgeHandler()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
