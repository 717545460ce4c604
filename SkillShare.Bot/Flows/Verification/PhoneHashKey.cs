using System.Security.Cryptography;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Flows.Verification;

/// <summary>
/// The platform's key for hashing phone numbers: Verification:PhoneHashKey (base64) from the
/// configuration, else a key generated once and kept in a local file beside the data, never in the repo.
/// </summary>
public sealed class PhoneHashKey
{
    private readonly byte[] _key;

    public PhoneHashKey(byte[] key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(key.Length, 16);
        _key = key.ToArray();
    }

    /// <summary>The keyed hash of a phone number, for storing and look-up.</summary>
    public string Protect(string phoneNumber) => PhoneNumbers.Protect(phoneNumber, _key);

    public static PhoneHashKey Load(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Verification:PhoneHashKey"];
        if (!string.IsNullOrWhiteSpace(configured))
            return new PhoneHashKey(Convert.FromBase64String(configured));

        var file = Path.Combine(contentRoot, configuration["Verification:PhoneHashKeyFile"] ?? "data/phone-hash.key");
        if (File.Exists(file))
            return new PhoneHashKey(Convert.FromBase64String(File.ReadAllText(file).Trim()));

        return CreateFile(file);
    }

    private static PhoneHashKey CreateFile(string file)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new PhoneHashKey(key);
    }
}
