using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Flows;

public sealed class ConversationHostTests : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "skillshare-host-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Host_WiresTheEngine_WhichAnswersStart()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:Path", Path.Combine(_folder, "skillshare.db"));
            host.UseSetting("Verification:PhoneHashKey", Convert.ToBase64String(EngineHarness.PhoneKeyBytes));
        });
        var engine = factory.Services.GetRequiredService<IConversationEngine>();

        var replies = await engine.HandleAsync(new Turn
        {
            Channel = ChannelKind.Telegram,
            ConversationId = "Telegram:42",
            SenderId = "42",
            LanguageCode = "en",
            DeliveryId = "u1",
            Input = new CommandInput("start", ""),
        }, CancellationToken.None);

        Assert.Contains("Welcome to SkillShare", replies[0].Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
