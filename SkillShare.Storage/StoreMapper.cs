using LiteDB;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;
using CoreMoney = SkillShare.Core.Money.Money;

namespace SkillShare.Storage;

/// <summary>
/// The store's own BsonMapper (never the mutable global one): strings kept exactly as typed,
/// enums by name, money as {m, c}, records mapped by hand.
/// </summary>
internal static class StoreMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            // A member's text is stored as they typed it; trimming is the flows' decision, not the store's.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            EnumAsInteger = false,
        };

        RegisterValues(mapper);
        RegisterEntities(mapper);
        return mapper;
    }

    private static void RegisterValues(BsonMapper mapper)
    {
        mapper.RegisterType<CoreMoney>(
            money => new BsonDocument { ["m"] = money.MinorUnits, ["c"] = money.CurrencyCode },
            bson => bson.IsDocument ? new CoreMoney(bson["m"].AsInt64, bson["c"].AsString) : default);

        mapper.RegisterType<SkillRef>(
            skill => new BsonDocument { ["id"] = skill.SkillId, ["label"] = skill.Label },
            bson => new SkillRef(bson["id"].IsNull ? null : bson["id"].AsString, bson["label"].AsString));

        mapper.RegisterType<ChannelIdentity>(
            identity => new BsonDocument { ["channel"] = identity.Channel.ToString(), ["user"] = identity.UserId },
            bson => new ChannelIdentity(Enum.Parse<ChannelKind>(bson["channel"].AsString), bson["user"].AsString));
    }

    private static void RegisterEntities(BsonMapper mapper)
    {
        mapper.Entity<Member>().Id(m => m.Id, autoId: false).Ignore(m => m.IsVerified).Ignore(m => m.HasProfile);
        mapper.Entity<SkillOffer>().Id(o => o.Id, autoId: false);
        mapper.Entity<TalentRequest>().Id(r => r.Id, autoId: false);
        mapper.Entity<ConversationState>().Id(c => c.Id, autoId: false);
        mapper.Entity<VerificationRecord>().Id(v => v.Id, autoId: false);
        mapper.Entity<OutboxMessage>().Id(o => o.Id, autoId: false);
        mapper.Entity<Match>().Id(m => m.Id, autoId: false).Ignore(m => m.IsOpen);
    }
}
