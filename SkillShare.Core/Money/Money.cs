using System.Globalization;

namespace SkillShare.Core.Money;

/// <summary>An amount in integer minor units of one currency. No floating point ever touches it.</summary>
public readonly record struct Money(long MinorUnits, string CurrencyCode)
{
    /// <summary>The largest amount a post may carry: ten million major units.</summary>
    public const long MaxMajorUnits = 10_000_000;

    public Currency Currency => Currency.Find(CurrencyCode);

    public static Money Of(long minorUnits, Currency currency) => new(minorUnits, currency.Code);

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);
        return this with { MinorUnits = checked(MinorUnits + other.MinorUnits) };
    }

    public Money Subtract(Money other)
    {
        EnsureSameCurrency(other);
        return this with { MinorUnits = checked(MinorUnits - other.MinorUnits) };
    }

    public int CompareTo(Money other)
    {
        EnsureSameCurrency(other);
        return MinorUnits.CompareTo(other.MinorUnits);
    }

    /// <summary>Formats as "45.50 USD", using the invariant culture's digits.</summary>
    public override string ToString()
    {
        var currency = Currency;
        if (currency.MinorDigits == 0)
            return string.Create(CultureInfo.InvariantCulture, $"{MinorUnits} {CurrencyCode}");

        var major = Math.DivRem(Math.Abs(MinorUnits), currency.MinorPerMajor, out var minor);
        var sign = MinorUnits < 0 ? "-" : "";
        var digits = minor.ToString(CultureInfo.InvariantCulture).PadLeft(currency.MinorDigits, '0');
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{major}.{digits} {CurrencyCode}");
    }

    private void EnsureSameCurrency(Money other)
    {
        if (!string.Equals(CurrencyCode, other.CurrencyCode, StringComparison.Ordinal))
            throw new InvalidOperationException($"Cannot combine {CurrencyCode} with {other.CurrencyCode}.");
    }
}
