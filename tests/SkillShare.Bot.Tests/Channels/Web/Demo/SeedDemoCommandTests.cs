using SkillShare.Bot.Channels.Web.Demo;
using SkillShare.Bot.Hosting;
using SkillShare.Storage;

namespace SkillShare.Bot.Tests.Channels.Web.Demo;

public sealed class SeedDemoCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("skillshare-seed-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task TryRunAsync_SeedDemoTwice_WritesTheMarketOnceIntoStoragePath()
    {
        var path = Path.Combine(_folder.FullName, "demo.db");
        string[] args = [SeedDemoCommand.Name, "--Storage:Path", path];

        var first = await ToolCommands.TryRunAsync(args);
        var second = await ToolCommands.TryRunAsync(args);

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        using var store = LiteDbStore.OpenFile(path, TimeProvider.System);
        Assert.Equal(DemoMarket.Build(DateTimeOffset.UtcNow).Offers.Count, store.PublishedOffers().Count);
        Assert.Equal(DemoMarket.Build(DateTimeOffset.UtcNow).Requests.Count, store.PublishedRequests().Count);
    }
}
