using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Notifications;

/// <summary>Renders one kind of outbox message as a reply in the recipient's language.</summary>
public interface INotificationTemplate
{
    /// <summary>The <see cref="OutboxMessage.Kind"/> this template renders.</summary>
    string Kind { get; }

    Reply Render(OutboxMessage message, Member recipient);
}
