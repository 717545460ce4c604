using Microsoft.Extensions.Configuration;
using SkillShare.Bot.Flows.Verification;

namespace SkillShare.Bot.Tests.Flows;

public sealed class PhoneHashKeyTests : IDisposable
{
    private readonly string _root =
        Path.Combine(Path.GetTempPath(), "skillshare-key-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Load_WithoutConfiguredKey_CreatesKeyFileOnceAndReusesIt()
    {
        var configuration = new ConfigurationBuilder().Build();

        var first = PhoneHashKey.Load(configuration, _root);
        var second = PhoneHashKey.Load(configuration, _root);

        Assert.True(File.Exists(Path.Combine(_root, "data", "phone-hash.key")));
        Assert.Equal(first.Protect("+15550100000"), second.Protect("+1 555 010 0000"));
    }

    [Fact]
    public void Load_WithConfiguredKey_UsesItAndWritesNoFile()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Verification:PhoneHashKey"] = Convert.ToBase64String(EngineHarness.PhoneKeyBytes),
            })
            .Build();

        var key = PhoneHashKey.Load(configuration, _root);

        Assert.Equal(EngineHarness.PhoneKey.Protect("+15550100000"), key.Protect("+15550100000"));
        Assert.False(Directory.Exists(Path.Combine(_root, "data")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
