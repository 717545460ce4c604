using System.Text;
using SkillShare.Core.Members;

namespace SkillShare.Core.Tests.Members;

public sealed class PhoneNumbersTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-test-key-of-32-bytes-length!!!");

    [Fact]
    public void Protect_SameNumberWrittenDifferently_GivesSameHash()
    {
        Assert.Equal(PhoneNumbers.Protect("+1 (555) 010-0000", Key), PhoneNumbers.Protect("15550100000", Key));
    }

    [Fact]
    public void Protect_Hash_DoesNotContainTheDigits()
    {
        var hash = PhoneNumbers.Protect("+15550100000", Key);

        Assert.DoesNotContain("5550100000", hash, StringComparison.Ordinal);
        Assert.Equal(64, hash.Length);
    }

    [Fact]
    public void Protect_DifferentKey_GivesDifferentHash()
    {
        var other = Encoding.UTF8.GetBytes("another-test-key-of-32-bytes!!!!");

        Assert.NotEqual(PhoneNumbers.Protect("+15550100000", Key), PhoneNumbers.Protect("+15550100000", other));
    }

    [Fact]
    public void Protect_ShortKey_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PhoneNumbers.Protect("+1555", [1, 2, 3]));
    }
}
