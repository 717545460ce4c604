using SkillShare.Bot.Conversations;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.EndToEnd.Tests.Web;

/// <summary>
/// Stands in for the matching engine's notification templates, which are not on this branch yet:
/// renders an outbox message's "text" as a plain reply.
/// </summary>
public sealed class RelayTemplate : INotificationTemplate
{
    public const string KindName = "e2e.relay";

    public string Kind => KindName;

    public Reply Render(OutboxMessage message, Member recipient) => Reply.Plain(message.Data["text"]);
}
