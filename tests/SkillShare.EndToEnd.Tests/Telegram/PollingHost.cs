using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Channels.Telegram;

namespace SkillShare.EndToEnd.Tests.Telegram;

/// <summary>
/// The real host, in polling mode, pointed at the emulator by Telegram:ApiBaseUrl, over a given
/// LiteDB file. Only the test-only bridge is added to the Telegram HttpClient.
/// </summary>
public sealed class PollingHost(Uri emulator, string dataFile) : WebApplicationFactory<Program>
{
    public const string BotToken = "123456:TEST";

    /// <summary>Builds and starts the host (hosted services, so polling, start with it).</summary>
    public PollingHost Start()
    {
        _ = Server;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Path", dataFile);
        builder.UseSetting("Telegram:Token", BotToken);
        builder.UseSetting("Telegram:ApiBaseUrl", emulator.ToString());
        builder.UseSetting("Telegram:Mode", nameof(TelegramMode.Polling));
        builder.UseSetting("Verification:PhoneHashKey", Convert.ToBase64String(new byte[32]));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(TelegramClientFactory.HttpClientName)
                .AddHttpMessageHandler(() => new EmulatorBridgeHandler());
        });
    }
}
