using System.Globalization;
using System.Text.Json;
using SkillShare.Core.Money;
using SkillShare.Core.Skills;

namespace SkillShare.Bot.Flows;

/// <summary>How typed values are kept in a conversation's draft (a string dictionary) and read back.</summary>
internal static class DraftValues
{
    public static string FromMoney(Money money) =>
        string.Create(CultureInfo.InvariantCulture, $"{money.MinorUnits} {money.CurrencyCode}");

    public static Money ToMoney(string value)
    {
        var parts = value.Split(' ');
        return new Money(long.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
    }

    public static string FromSkills(IReadOnlyList<SkillRef> skills) => JsonSerializer.Serialize(skills);

    public static List<SkillRef> ToSkills(string value) => JsonSerializer.Deserialize<List<SkillRef>>(value) ?? [];

    public static string SkillLabels(string value) => string.Join(", ", ToSkills(value).Select(s => s.Label));

    public static int ToInt(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    public static string FromInstant(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ToInstant(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
