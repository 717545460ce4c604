using System.Security.Cryptography;
using System.Text;

namespace SkillShare.Core.Members;

/// <summary>Normalises phone numbers and protects them with a keyed hash: looked up, never read.</summary>
public static class PhoneNumbers
{
    /// <summary>Keeps the digits and a leading plus: "+1 (555) 010-0000" becomes "+15550100000".</summary>
    public static string Normalize(string raw)
    {
        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? "" : "+" + digits;
    }

    /// <summary>HMAC-SHA256 of the normalised number under the platform's key, as hex.</summary>
    public static string Protect(string raw, byte[] key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(key.Length, 16);
        var bytes = Encoding.UTF8.GetBytes(Normalize(raw));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, bytes));
    }
}
