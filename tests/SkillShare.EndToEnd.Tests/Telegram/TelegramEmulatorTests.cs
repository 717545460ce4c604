using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Conversations;

namespace SkillShare.EndToEnd.Tests.Telegram;

public sealed class TelegramEmulatorTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>, IDisposable
{
    private readonly string _dataFile = Path.Combine(Path.GetTempPath(), $"skillshare-e2e-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(_dataFile) + "*"))
            File.Delete(file);
    }

    [Fact]
    public async Task Polling_TextAndButton_RoundTripThroughTheEmulator()
    {
        using var host = new PollingHost(emulator.BaseUrl, _dataFile,
            s => s.AddSingleton<IConversationEngine, ButtonEchoEngine>()).Start();
        using var user = new TelegramUser(emulator.BaseUrl, PollingHost.BotToken, userId: 5001);

        await user.SendTextAsync("hello <world>");
        var first = await user.WaitForReplyAsync("you said: hello &lt;world&gt;");
        await user.PressAsync("Again");
        var edited = await user.WaitForReplyAsync("pressed again");

        Assert.Equal("again", Assert.Single(first.Buttons).Data);
        Assert.Equal(first.Id, edited.Id);
    }
}
