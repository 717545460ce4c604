using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkillShare.Bot.Channels.Telegram;

namespace SkillShare.Bot.Tests.Channels.Telegram;

/// <summary>
/// The real host in webhook mode over a temporary LiteDB file, its Bot API client pointed at an
/// in-process fake (no request leaves the process), with the real conversation engine.
/// </summary>
public sealed class TelegramHostFactory(string? token = "123456:TEST") : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret_42";

    private readonly string _dataFile = Path.Combine(Path.GetTempPath(), $"skillshare-tg-{Guid.NewGuid():N}.db");

    public FakeBotApi Api { get; } = new();

    public LogRecorder Logs { get; } = new();

    /// <summary>The texts the bot sent, in order.</summary>
    public IReadOnlyList<string> SentTexts => [.. Api.CallsTo("sendMessage").Select(c => c.Text ?? "")];

    /// <summary>Waits (bounded) until the fake API has seen calls to a method.</summary>
    public async Task<IReadOnlyList<ApiCall>> WaitForCallsAsync(string method, int count)
    {
        for (var i = 0; i < 500 && Api.CallsTo(method).Count < count; i++)
            await Task.Delay(10);
        return Api.CallsTo(method);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("Storage:Path", _dataFile);
        builder.UseSetting("Telegram:Token", token ?? "");
        builder.UseSetting("Telegram:ApiBaseUrl", "http://127.0.0.1:9");
        builder.UseSetting("Telegram:Mode", "Webhook");
        builder.UseSetting("Telegram:WebhookUrl", "https://skillshare.test/telegram/webhook");
        builder.UseSetting("Telegram:SecretToken", Secret);
        builder.UseSetting("Verification:PhoneHashKey", Convert.ToBase64String(new byte[32]));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(TelegramClientFactory.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => Api);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(_dataFile) + "*"))
            File.Delete(file);
    }
}
