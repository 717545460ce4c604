using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillShare.Core.Money;

/// <summary>Why a typed amount was refused.</summary>
public enum MoneyParseError
{
    None,
    NotANumber,
    NotPositive,
    TooLarge,
    TooManyDecimals,
    UnknownCurrency,
}

/// <summary>The outcome of reading an amount typed by a person.</summary>
public sealed record MoneyParseResult(Money? Value, MoneyParseError Error)
{
    public bool IsValid => Error == MoneyParseError.None;
}

/// <summary>
/// Reads amounts such as "45", "45.50 USD", "eur 1200", "1,200.00" or "￥300" into minor units,
/// exactly, with no floating point.
/// </summary>
public static partial class MoneyParser
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "CNY",
        ["￥"] = "CNY", ["₹"] = "INR", ["₽"] = "RUB",
    };

    public static MoneyParseResult Parse(string? text, string defaultCurrency)
    {
        var input = (text ?? "").Trim();
        var match = AmountPattern().Match(input);
        if (!match.Success)
            return Failed(MoneyParseError.NotANumber);

        var code = ResolveCurrency(match.Groups["pre"].Value, match.Groups["post"].Value, defaultCurrency);
        if (!Currency.TryFind(code, out var currency))
            return Failed(MoneyParseError.UnknownCurrency);

        return ToMinorUnits(match.Groups["num"].Value, currency);
    }

    private static string ResolveCurrency(string before, string after, string defaultCurrency)
    {
        var token = !string.IsNullOrWhiteSpace(after) ? after.Trim() : before.Trim();
        if (token.Length == 0)
            return defaultCurrency;
        return Symbols.TryGetValue(token, out var code) ? code : token;
    }

    private static MoneyParseResult ToMinorUnits(string number, Currency currency)
    {
        var plain = number.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var parts = plain.Split('.');
        var fraction = parts.Length > 1 ? parts[1] : "";
        if (fraction.Length > currency.MinorDigits)
            return Failed(MoneyParseError.TooManyDecimals);
        if (parts[0].Length > 9)
            return Failed(MoneyParseError.TooLarge);

        var major = long.Parse(parts[0].Length == 0 ? "0" : parts[0], CultureInfo.InvariantCulture);
        var minor = fraction.Length == 0
            ? 0
            : long.Parse(fraction.PadRight(currency.MinorDigits, '0'), CultureInfo.InvariantCulture);
        if (major > Money.MaxMajorUnits)
            return Failed(MoneyParseError.TooLarge);

        var total = checked((major * currency.MinorPerMajor) + minor);
        return total <= 0
            ? Failed(MoneyParseError.NotPositive)
            : new MoneyParseResult(Money.Of(total, currency), MoneyParseError.None);
    }

    private static MoneyParseResult Failed(MoneyParseError error) => new(null, error);

    [GeneratedRegex(
        @"^(?<pre>[A-Za-z]{3}|[$€£¥￥₹₽])?\s*(?<num>-?[0-9][0-9, ]*(\.[0-9]+)?|\.[0-9]+)\s*"
        + @"(?<post>[A-Za-z]{3}|[$€£¥￥₹₽])?$")]
    private static partial Regex AmountPattern();
}
