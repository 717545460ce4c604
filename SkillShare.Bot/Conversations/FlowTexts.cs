namespace SkillShare.Bot.Conversations;

/// <summary>Text keys the channel adapters need from the flows' catalogue.</summary>
public static class FlowTexts
{
    /// <summary>"I only work in private chats": said once in a group, then the bot stays quiet.</summary>
    public const string PrivateChatsOnly = "flows.private_only";

    /// <summary>"Something went wrong, please try again."</summary>
    public const string SomethingWentWrong = "flows.error.generic";

    /// <summary>"Edited messages are not read; send a new message instead."</summary>
    public const string EditedMessageIgnored = "flows.edited_ignored";
}
