using System.Collections.Frozen;

namespace SkillShare.Core.Money;

/// <summary>An ISO 4217 currency the platform accepts, with the number of digits in its minor unit.</summary>
public sealed record Currency(string Code, int MinorDigits)
{
    private static readonly FrozenDictionary<string, Currency> Known = new[]
    {
        new Currency("USD", 2), new Currency("EUR", 2), new Currency("GBP", 2), new Currency("CNY", 2),
        new Currency("JPY", 0), new Currency("INR", 2), new Currency("CHF", 2), new Currency("CAD", 2),
        new Currency("AUD", 2), new Currency("SGD", 2), new Currency("HKD", 2), new Currency("RUB", 2),
        new Currency("BRL", 2), new Currency("PLN", 2), new Currency("SEK", 2), new Currency("KRW", 0),
        new Currency("AED", 2), new Currency("TRY", 2), new Currency("UAH", 2), new Currency("KZT", 2),
    }.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> SupportedCodes => Known.Keys.Order(StringComparer.Ordinal);

    public static Currency Usd => Known["USD"];

    /// <summary>Finds a supported currency by its code, ignoring case and surrounding space.</summary>
    public static bool TryFind(string? code, out Currency currency)
    {
        var found = Known.TryGetValue(code?.Trim() ?? "", out var value);
        currency = value ?? Usd;
        return found;
    }

    public static Currency Find(string code) =>
        TryFind(code, out var currency)
            ? currency
            : throw new ArgumentException($"Currency '{code}' is not supported.", nameof(code));

    /// <summary>Minor units in one major unit: 100 for two digits, 1 for none; integers only.</summary>
    public long MinorPerMajor
    {
        get
        {
            var factor = 1L;
            for (var i = 0; i < MinorDigits; i++)
                factor = checked(factor * 10);
            return factor;
        }
    }
}
