using SkillShare.Core.Members;

namespace SkillShare.Bot.Conversations;

/// <summary>Builds the store keys of conversations from channel ids.</summary>
public static class ConversationKeys
{
    public static string For(ChannelKind channel, string channelConversationId) => $"{channel}:{channelConversationId}";

    /// <summary>The channel's own conversation id back from a store key.</summary>
    public static string ChannelPart(string conversationKey) =>
        conversationKey[(conversationKey.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
