using SkillShare.Core.Money;

namespace SkillShare.Core.Tests.Money;

public sealed class MoneyParserTests
{
    [Theory]
    [InlineData("45", "USD", 4500, "USD")]
    [InlineData("45.5", "USD", 4550, "USD")]
    [InlineData("45.50 eur", "USD", 4550, "EUR")]
    [InlineData("EUR 1,200", "USD", 120000, "EUR")]
    [InlineData("€80", "USD", 8000, "EUR")]
    [InlineData("￥300", "USD", 30000, "CNY")]
    [InlineData("5000 JPY", "USD", 5000, "JPY")]
    [InlineData("  12.05  ", "GBP", 1205, "GBP")]
    public void Parse_ValidAmount_GivesExactMinorUnits(string text, string fallback, long minor, string currency)
    {
        var result = MoneyParser.Parse(text, fallback);

        Assert.True(result.IsValid);
        Assert.Equal(new SkillShare.Core.Money.Money(minor, currency), result.Value);
    }

    [Theory]
    [InlineData("", MoneyParseError.NotANumber)]
    [InlineData("fifty", MoneyParseError.NotANumber)]
    [InlineData("12 apples", MoneyParseError.NotANumber)]
    [InlineData("0", MoneyParseError.NotPositive)]
    [InlineData("-5", MoneyParseError.NotPositive)]
    [InlineData("10.555", MoneyParseError.TooManyDecimals)]
    [InlineData("10.5 JPY", MoneyParseError.TooManyDecimals)]
    [InlineData("99999999999", MoneyParseError.TooLarge)]
    [InlineData("20000000", MoneyParseError.TooLarge)]
    [InlineData("50 XYZ", MoneyParseError.UnknownCurrency)]
    public void Parse_BadAmount_SaysWhy(string text, MoneyParseError expected)
    {
        var result = MoneyParser.Parse(text, "USD");

        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Error);
        Assert.Null(result.Value);
    }
}
