using SkillShare.Bot.Conversations;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Bot.Tests.Notifications;

/// <summary>Renders the test kind as "for {name}: {text}".</summary>
internal sealed class EchoTemplate : INotificationTemplate
{
    public string Kind => "test.echo";

    public Reply Render(OutboxMessage message, Member recipient) =>
        Reply.Plain($"for {recipient.DisplayName}: {message.Data["text"]}");
}
