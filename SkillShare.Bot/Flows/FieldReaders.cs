using System.Globalization;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Money;
using SkillShare.Core.Skills;

namespace SkillShare.Bot.Flows;

/// <summary>Reads and checks one typed answer; a refusal names the text key that says why.</summary>
internal static class FieldReaders
{
    private static readonly char[] ListSeparators = [',', ';', '\n', '，', '；', '、', '/'];

    /// <summary>Trimmed text of 1..max text elements (an emoji or a combined character counts as one).</summary>
    public static FieldResult Text(TurnInput input, int max)
    {
        if (input is not TextInput typed)
            return NotText(input);

        var text = typed.Text.Trim();
        if (text.Length == 0)
            return FieldResult.Refuse("flows.error.empty");

        var length = new StringInfo(text).LengthInTextElements;
        return length > max ? FieldResult.Refuse("flows.error.too_long", max, length) : FieldResult.Accept(text);
    }

    public static FieldResult NotText(TurnInput input) => input switch
    {
        PhotoInput => FieldResult.Refuse("flows.error.photo_not_text"),
        ContactInput => FieldResult.Refuse("flows.error.contact_not_text"),
        UnsupportedInput => FieldResult.Refuse("flows.error.unsupported"),
        _ => FieldResult.Refuse("flows.error.type_answer"),
    };

    public static FieldResult WholeNumber(TurnInput input, int min, int max)
    {
        var text = Text(input, 20);
        if (!text.IsValid)
            return text;

        if (!int.TryParse(text.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return FieldResult.Refuse("flows.error.not_number");

        return number < min || number > max
            ? FieldResult.Refuse("flows.error.range", min, max)
            : FieldResult.Accept(number.ToString(CultureInfo.InvariantCulture));
    }

    public static FieldResult Amount(TurnInput input, string defaultCurrency)
    {
        var text = Text(input, 40);
        if (!text.IsValid)
            return text;

        var parsed = MoneyParser.Parse(text.Value, defaultCurrency);
        return parsed.Error switch
        {
            MoneyParseError.None => FieldResult.Accept(DraftValues.FromMoney(parsed.Value!.Value)),
            MoneyParseError.NotPositive => FieldResult.Refuse("flows.error.money_not_positive"),
            MoneyParseError.TooLarge => FieldResult.Refuse("flows.error.money_too_large", Money.MaxMajorUnits),
            MoneyParseError.TooManyDecimals => FieldResult.Refuse("flows.error.money_decimals"),
            MoneyParseError.UnknownCurrency =>
                FieldResult.Refuse("flows.error.money_currency", string.Join(", ", Currency.SupportedCodes)),
            _ => FieldResult.Refuse("flows.error.money_format"),
        };
    }

    public static FieldResult Skills(TurnInput input, SkillNormalizer normalizer)
    {
        var text = Text(input, 1000);
        if (!text.IsValid)
            return text;

        var skills = normalizer.Normalize(text.Value!);
        if (skills.Count == 0)
            return FieldResult.Refuse("flows.error.empty");
        if (skills.Count > SkillNormalizer.MaxSkills)
            return FieldResult.Refuse("flows.error.too_many", SkillNormalizer.MaxSkills);
        if (skills.Any(s => s.Label.Length > SkillNormalizer.MaxSkillLength))
            return FieldResult.Refuse("flows.error.item_too_long", SkillNormalizer.MaxSkillLength);
        return FieldResult.Accept(DraftValues.FromSkills(skills));
    }

    /// <summary>A short list such as spoken languages: up to maxItems items of up to 40 characters each.</summary>
    public static FieldResult List(TurnInput input, int maxItems)
    {
        var text = Text(input, 500);
        if (!text.IsValid)
            return text;

        var items = text.Value!
            .Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (items.Count == 0)
            return FieldResult.Refuse("flows.error.empty");
        if (items.Count > maxItems)
            return FieldResult.Refuse("flows.error.too_many", maxItems);
        return items.Any(i => new StringInfo(i).LengthInTextElements > 40)
            ? FieldResult.Refuse("flows.error.item_too_long", 40)
            : FieldResult.Accept(string.Join(", ", items));
    }
}
