using System.Globalization;
using System.Text.Json.Nodes;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Teams.Cards;

/// <summary>
/// Builds Adaptive Cards 1.5 (the highest Teams renders for bots) as plain JSON: text, facts, form
/// inputs with their errors, and submit actions carrying our short keys.
/// </summary>
public sealed class AdaptiveCardBuilder
{
    public const string Version = "1.5";

    private readonly JsonArray _body = [];
    private readonly JsonArray _actions = [];

    public AdaptiveCardBuilder Text(string text, bool heading = false, bool attention = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (heading)
        {
            block["weight"] = "Bolder";
            block["size"] = "Medium";
        }

        if (attention)
            block["color"] = "Attention";
        _body.Add(block);
        return this;
    }

    public AdaptiveCardBuilder Facts(IEnumerable<CardField> fields)
    {
        var facts = new JsonArray();
        foreach (var field in fields)
            facts.Add(new JsonObject { ["title"] = field.Label, ["value"] = field.Value });
        _body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        return this;
    }

    /// <summary>Adds an input for a form field, with its error (if any) shown right under it.</summary>
    public AdaptiveCardBuilder Input(FormField field, string? error)
    {
        var input = new JsonObject
        {
            ["type"] = InputType(field.Kind),
            ["id"] = field.Name,
            ["label"] = field.Label,
            ["isRequired"] = field.Required,
        };
        AddKindDetails(input, field);
        if (error is not null)
            input["errorMessage"] = error;
        _body.Add(input);
        return error is null ? this : Text(error, attention: true);
    }

    /// <summary>
    /// Adds a submit action. A button that is not the form's own submit sends no inputs and skips the
    /// client's required-field check, so Cancel works on a half-filled form.
    /// </summary>
    public AdaptiveCardBuilder Submit(string title, JsonObject data, bool withInputs = true)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (!withInputs)
            action["associatedInputs"] = "none";
        _actions.Add(action);
        return this;
    }

    public JsonObject Build() => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = Version,
        ["body"] = _body.DeepClone(),
        ["actions"] = _actions.DeepClone(),
    };

    private static string InputType(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Number => "Input.Number",
        FormFieldKind.Date => "Input.Date",
        FormFieldKind.Choice => "Input.ChoiceSet",
        _ => "Input.Text",
    };

    private static void AddKindDetails(JsonObject input, FormField field)
    {
        if (field.Value is not null)
            input["value"] = field.Value;
        if (field.MaxLength is { } max && field.Kind is FormFieldKind.Text or FormFieldKind.MultilineText)
            input["maxLength"] = max;
        if (field.Kind == FormFieldKind.MultilineText)
            input["isMultiline"] = true;
        if (field.Kind == FormFieldKind.Number && field.Value is not null)
            input["value"] = double.TryParse(field.Value, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (field.Kind == FormFieldKind.Choice)
            input["choices"] = Choices(field.Choices ?? []);
    }

    private static JsonArray Choices(IEnumerable<ReplyButton> choices)
    {
        var list = new JsonArray();
        foreach (var choice in choices)
            list.Add(new JsonObject { ["title"] = choice.Label, ["value"] = choice.Key });
        return list;
    }
}
