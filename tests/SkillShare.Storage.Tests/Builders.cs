using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Money;
using SkillShare.Core.Notifications;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;

namespace SkillShare.Storage.Tests;

internal static class Builders
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    public static Member Member(string id = "m1", string telegramId = "42") => new()
    {
        Id = id,
        Identities = [new ChannelIdentity(ChannelKind.Telegram, telegramId)],
        DisplayName = "Ada  ",
        Bio = "",
        SpokenLanguages = ["en", "zh"],
        Roles = MemberRoles.Both,
        CreatedAt = Now,
    };

    public static SkillOffer Offer(string id = "o1", string memberId = "m1") => new()
    {
        Id = id,
        MemberId = memberId,
        Title = "Backend work",
        Skills = [new SkillRef("postgresql", "PostgreSQL"), new SkillRef(null, "knitting")],
        HourlyRate = Money.Of(4550, Currency.Find("EUR")),
        HoursPerWeek = 20,
        Status = PostStatus.Published,
        CreatedAt = Now,
    };

    public static ConversationState Conversation(string id = "Telegram:42") => new()
    {
        Id = id,
        Channel = ChannelKind.Telegram,
        ChannelUserId = "42",
        Flow = "registration",
        State = "AskName",
        Step = 3,
        Draft = { ["role"] = "Both" },
    };

    public static OutboxMessage Notification(string id, string dedupeKey, string memberId = "m1") => new()
    {
        Id = id,
        MemberId = memberId,
        Channel = ChannelKind.Telegram,
        ConversationId = "Telegram:42",
        Kind = "match.new-request",
        DedupeKey = dedupeKey,
        CreatedAt = Now,
        DueAt = Now,
    };
}
