using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SkillShare.Bot.Tests.Channels.Telegram;

/// <summary>Real Bot API update JSON, as Telegram posts it, for the mapping and webhook tests.</summary>
public static class TelegramUpdates
{
    public const long UserId = 4242;

    public static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;

    public static string From(long userId = UserId, string language = "en") =>
        $$"""{"id":{{userId}},"is_bot":false,"first_name":"Ada","username":"ada","language_code":"{{language}}"}""";

    public static string PrivateChat(long chatId = UserId) =>
        $$"""{"id":{{chatId}},"first_name":"Ada","username":"ada","type":"private"}""";

    public static string GroupChat(long chatId = -100777) =>
        $$"""{"id":{{chatId}},"title":"Freelancers","type":"supergroup"}""";

    public static string Message(int updateId, string body, string? chat = null, string? from = null,
        string kind = "message")
    {
        var edit = kind == "edited_message" ? ",\"edit_date\":1764000100" : "";
        return $$$"""
            {"update_id":{{{updateId}}},"{{{kind}}}":{"message_id":{{{updateId + 10}}},
             "from":{{{from ?? From()}}},"chat":{{{chat ?? PrivateChat()}}},
             "date":1764000000{{{edit}}},{{{body}}} } }
            """;
    }

    public static string Text(int updateId, string text, string language = "en") =>
        Message(updateId, $"\"text\":{JsonSerializer.Serialize(text)}", from: From(language: language));

    public static string Edited(int updateId, string text) =>
        Message(updateId, $"\"text\":{JsonSerializer.Serialize(text)}", kind: "edited_message");

    public static string InGroup(int updateId, string text) =>
        Message(updateId, $"\"text\":{JsonSerializer.Serialize(text)}", chat: GroupChat());

    public static string Contact(int updateId, long contactUserId) =>
        Message(updateId, $$"""
            "contact":{"phone_number":"+15551234567","first_name":"Ada","user_id":{{contactUserId}}}
            """);

    public static string Callback(int updateId, string data, int sourceMessageId = 77) =>
        $$$"""
        {"update_id":{{{updateId}}},"callback_query":{"id":"cbq-{{{updateId}}}","from":{{{From()}}},
         "message":{"message_id":{{{sourceMessageId}}},"from":{"id":123456,"is_bot":true,"first_name":"SkillShare"},
          "chat":{{{PrivateChat()}}},"date":1764000000,"text":"Pick one"},
         "chat_instance":"-5000","data":"{{{data}}}"} }
        """;

    public static string ChannelPost(int updateId) =>
        $$$"""
        {"update_id":{{{updateId}}},"channel_post":{"message_id":5,
         "sender_chat":{"id":-100999,"title":"News","type":"channel"},
         "chat":{"id":-100999,"title":"News","type":"channel"},"date":1764000000,"text":"hello"} }
        """;
}
