using System.Security.Cryptography;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web;

/// <summary>What the session cookie holds: the web user id of each pane and the page's language.</summary>
public sealed record WebSession(string FreelancerId, string ClientId, UiLanguage Language)
{
    public static WebSession New(UiLanguage language) => new(NewUserId(), NewUserId(), language);

    /// <summary>A fresh web user id: 128 random bits, so it cannot be guessed.</summary>
    public static string NewUserId() => "w" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string UserId(WebPane pane) => pane == WebPane.Freelancer ? FreelancerId : ClientId;

    public string ConversationId(WebPane pane) => ConversationKeys.For(ChannelKind.Web, UserId(pane));

    public WebSession Restart(WebPane pane) =>
        pane == WebPane.Freelancer ? this with { FreelancerId = NewUserId() } : this with { ClientId = NewUserId() };
}
