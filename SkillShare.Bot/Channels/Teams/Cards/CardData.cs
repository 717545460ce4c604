using System.Text.Json.Nodes;

namespace SkillShare.Bot.Channels.Teams.Cards;

/// <summary>The routing keys our cards put in an action's data, read back when the card is submitted.</summary>
public static class CardData
{
    /// <summary>Data property carrying a button's short key.</summary>
    public const string ButtonKey = "skillshareKey";

    /// <summary>Data property carrying the key of the form a submit belongs to.</summary>
    public const string FormKey = "skillshareForm";

    public static JsonObject Button(string key) => new() { [ButtonKey] = key };

    public static JsonObject Form(string key) => new() { [FormKey] = key };
}
