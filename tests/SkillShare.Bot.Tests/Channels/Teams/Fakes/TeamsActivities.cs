using System.Text.Json.Nodes;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>Activities shaped as Teams sends them (ids, tenant, aadObjectId, channelData, entities).</summary>
public static class TeamsActivities
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string UserAad = "6be4b9ab-5b1f-4b7b-9b1c-0a4f1e6f2a10";
    public const string UserId =
        "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4z";
    public const string BotId = "28:" + TeamsHost.AppId;
    public const string PersonalConversation = "a:1ZyPd3kEj9Xj1vYwN5s8mQ6uT2nB4cR7hL0pF3gK9aW";
    public const string GroupConversation = "19:e6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5@thread.v2";
    public const string ChannelConversation =
        "19:7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a@thread.tacv2;messageid=1733300000000";

    public static JsonObject PersonalMessage(string serviceUrl, string text, string id = "1733300000001") =>
        Envelope("message", id, serviceUrl, Conversation(PersonalConversation, "personal"), text);

    public static JsonObject GroupMessage(string serviceUrl, string text, bool mentionBot)
    {
        var activity = Envelope("message", "1733300000002", serviceUrl,
            Conversation(GroupConversation, "groupChat", isGroup: true), text);
        if (mentionBot)
            activity["entities"] = new JsonArray(Mention(), ClientInfo());
        return activity;
    }

    public static JsonObject ChannelMessage(string serviceUrl, string text)
    {
        var activity = Envelope("message", "1733300000003", serviceUrl,
            Conversation(ChannelConversation, "channel", isGroup: true), text);
        activity["entities"] = new JsonArray(Mention());
        activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["name"] = "Hiring" };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = "19:7d8c9b0a@thread.tacv2" };
        return activity;
    }

    public static JsonObject BotInstalled(string serviceUrl)
    {
        var activity = Envelope("conversationUpdate", "f:8d2f2b07", serviceUrl,
            Conversation(PersonalConversation, "personal"), null);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public static JsonObject CardSubmit(string serviceUrl, JsonObject value)
    {
        var activity = Envelope("message", "1733300000004", serviceUrl,
            Conversation(PersonalConversation, "personal"), null);
        activity["value"] = value;
        activity["replyToId"] = "1733299999999";
        return activity;
    }

    public static JsonObject ExecuteInvoke(string serviceUrl, JsonObject data)
    {
        var activity = Envelope("invoke", "f:invoke-1", serviceUrl,
            Conversation(PersonalConversation, "personal"), null);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["id"] = "publish",
                ["verb"] = "go",
                ["data"] = data,
            },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject Mention() => new()
    {
        ["type"] = "mention",
        ["text"] = "<at>SkillShare</at>",
        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "SkillShare" },
    };

    private static JsonObject ClientInfo() => new()
    {
        ["type"] = "clientInfo",
        ["locale"] = "en-US",
        ["timezone"] = "Europe/London",
    };

    private static JsonObject Conversation(string id, string type, bool isGroup = false) => new()
    {
        ["id"] = id,
        ["conversationType"] = type,
        ["tenantId"] = TenantId,
        ["isGroup"] = isGroup,
    };

    private static JsonObject Envelope(string type, string id, string serviceUrl, JsonObject conversation,
        string? text) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["timestamp"] = "2026-12-04T15:00:00.000Z",
        ["localTimestamp"] = "2026-12-04T15:00:00.000+00:00",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Ada Lovelace", ["aadObjectId"] = UserAad },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "SkillShare" },
        ["conversation"] = conversation,
        ["text"] = text,
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };
}
