using SkillShare.Core.Money;
using CoreMoney = SkillShare.Core.Money.Money;

namespace SkillShare.Core.Tests.Money;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(4550, "EUR", "45.50 EUR")]
    [InlineData(5, "USD", "0.05 USD")]
    [InlineData(-120, "USD", "-1.20 USD")]
    [InlineData(5000, "JPY", "5000 JPY")]
    public void ToString_MinorUnits_ShowsMajorAndMinor(long minor, string currency, string expected)
    {
        Assert.Equal(expected, new CoreMoney(minor, currency).ToString());
    }

    [Fact]
    public void Add_DifferentCurrencies_Throws()
    {
        var euros = CoreMoney.Of(100, Currency.Find("EUR"));
        var dollars = CoreMoney.Of(100, Currency.Usd);

        Assert.Throws<InvalidOperationException>(() => euros.Add(dollars));
    }

    [Fact]
    public void Add_Overflow_ThrowsInsteadOfWrapping()
    {
        var huge = new CoreMoney(long.MaxValue, "USD");

        Assert.Throws<OverflowException>(() => huge.Add(new CoreMoney(1, "USD")));
    }

    [Fact]
    public void Subtract_SameCurrency_IsExact()
    {
        Assert.Equal(new CoreMoney(4449, "EUR"), new CoreMoney(4550, "EUR").Subtract(new CoreMoney(101, "EUR")));
    }
}
