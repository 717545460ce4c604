using System.Globalization;
using System.Text;

namespace SkillShare.Bot.Conversations;

/// <summary>
/// Button keys: "{step}:{action}". The step is the conversation's transition counter, so a button
/// from a message the flow has moved past is recognised as stale.
/// </summary>
public static class ButtonKeys
{
    /// <summary>The most bytes a key may take (Telegram's callback_data limit).</summary>
    public const int MaxBytes = 64;

    public static string Make(int step, string action)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{step}:{action}");
        if (Encoding.UTF8.GetByteCount(key) > MaxBytes)
            throw new InvalidOperationException($"Button key for '{action}' is longer than {MaxBytes} bytes.");
        return key;
    }

    public static bool TryParse(string key, out int step, out string action)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        action = colon < 0 ? "" : key[(colon + 1)..];
        step = 0;
        return colon > 0 && action.Length > 0 &&
            int.TryParse(key.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out step);
    }
}
