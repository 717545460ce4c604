namespace SkillShare.Bot.Channels.Teams.Protocol;

/// <summary>The activity types and invoke names the Teams channel handles.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string Personal = "personal";
    public const string Mention = "mention";
}
