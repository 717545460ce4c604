using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkillShare.Bot.Tests.Channels.Telegram;

/// <summary>One recorded Bot API call: the method name and its JSON body.</summary>
public sealed record ApiCall(string Method, JsonObject Body)
{
    public string? Text => Body["text"]?.GetValue<string>();

    public string Markup => Body["reply_markup"]?.ToJsonString() ?? "";

    public override string ToString() => $"{Method} {Body.ToJsonString(JsonSerializerOptions.Default)}";
}
