using System.Text.Json.Nodes;

namespace SkillShare.EndToEnd.Tests.Telegram;

/// <summary>A message the bot sent, as the emulator stores it: its id, text, markup and buttons.</summary>
public sealed record BotMessage(int Id, string Text, string Markup, IReadOnlyList<(string Label, string Data)> Buttons)
{
    public static BotMessage From(JsonObject stored)
    {
        var message = stored["message"]!.AsObject();
        var markup = message["reply_markup"];
        var buttons = (markup?["inline_keyboard"]?.AsArray() ?? [])
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>() ?? ""))
            .ToList();
        return new BotMessage(stored["messageId"]!.GetValue<int>(), message["text"]?.GetValue<string>() ?? "",
            markup?.ToJsonString() ?? "", buttons);
    }

    public override string ToString() =>
        $"#{Id} {Text} [{string.Join(", ", Buttons.Select(b => b.Label))}]";
}
