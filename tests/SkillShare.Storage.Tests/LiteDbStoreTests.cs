using Microsoft.Extensions.Time.Testing;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Money;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;

namespace SkillShare.Storage.Tests;

public sealed class LiteDbStoreTests : IDisposable
{
    private readonly TempDataFile _file = new();
    private readonly FakeTimeProvider _time = new(Builders.Now);

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Commit_ConversationStepAndOffer_BothSurviveReopening()
    {
        var changes = new TurnChanges { DeliveryId = "tg:1", Conversation = Builders.Conversation() };
        changes.Save(Builders.Member());
        changes.Save(Builders.Offer());

        using (var store = LiteDbStore.OpenFile(_file.Path, _time))
            store.Commit(changes);

        using var reopened = LiteDbStore.OpenFile(_file.Path, _time);
        var conversation = reopened.Find("Telegram:42");
        Assert.NotNull(conversation);
        Assert.Equal("AskName", conversation.State);
        Assert.Equal(3, conversation.Step);
        Assert.Equal("Both", conversation.Draft["role"]);
        var offer = reopened.FindOffer("o1");
        Assert.NotNull(offer);
        Assert.Equal(new Money(4550, "EUR"), offer.HourlyRate);
        Assert.Equal([new SkillRef("postgresql", "PostgreSQL"), new SkillRef(null, "knitting")], offer.Skills);
        Assert.True(reopened.WasProcessed("tg:1"));
        Assert.False(reopened.WasProcessed("tg:2"));
    }

    [Fact]
    public void Commit_WhenOneWriteFails_StoresNothingOfTheTurn()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);
        var first = new TurnChanges();
        first.Save(Builders.Member("m1", telegramId: "42"));
        store.Commit(first);

        var clash = new TurnChanges { DeliveryId = "tg:9", Conversation = Builders.Conversation("Telegram:77") };
        clash.Save(Builders.Offer("o9", "m2"));
        clash.Save(Builders.Member("m2", telegramId: "42"));

        Assert.Throws<InvalidOperationException>(() => store.Commit(clash));
        Assert.Null(store.Find("Telegram:77"));
        Assert.Null(store.FindOffer("o9"));
        Assert.Null(store.FindById("m2"));
        Assert.False(store.WasProcessed("tg:9"));
    }

    [Fact]
    public void FindByIdentity_LinkedChannel_ReturnsMemberWithTextAsTyped()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);
        var member = Builders.Member();
        member.Identities.Add(new ChannelIdentity(ChannelKind.Web, "w-1"));
        var changes = new TurnChanges();
        changes.Save(member);
        store.Commit(changes);

        var byWeb = store.FindByIdentity(new ChannelIdentity(ChannelKind.Web, "w-1"));

        Assert.NotNull(byWeb);
        Assert.Equal("m1", byWeb.Id);
        Assert.Equal("Ada  ", byWeb.DisplayName);
        Assert.Equal("", byWeb.Bio);
        Assert.Equal(MemberRoles.Both, byWeb.Roles);
        Assert.Null(store.FindByIdentity(new ChannelIdentity(ChannelKind.Teams, "w-1")));
    }

    [Fact]
    public void OffersOf_DeletedAndOtherMembersOffers_AreLeftOut()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);
        var changes = new TurnChanges();
        changes.Save(Builders.Offer("o1"));
        var deleted = Builders.Offer("o2");
        deleted.Status = PostStatus.Deleted;
        changes.Save(deleted);
        changes.Save(Builders.Offer("o3", memberId: "m2"));
        store.Commit(changes);

        var offers = store.OffersOf("m1");

        Assert.Equal(["o1"], offers.Select(o => o.Id));
        Assert.Equal(2, store.PublishedOffers().Count);
    }

    [Fact]
    public void Open_NewFile_RecordsLatestSchemaVersion()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);

        Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
        var schema = store.Database.GetCollection("meta").FindById("schema");
        Assert.Equal(SchemaMigrations.Latest, schema["version"].AsInt32);
        var indexes = store.Database.GetCollection("$indexes").Find("collection = 'outbox'")
            .Select(i => i["name"].AsString);
        Assert.Contains("DedupeKey", indexes);
    }

    [Fact]
    public void Open_FileFromNewerBuild_IsRefused()
    {
        using (var store = LiteDbStore.OpenFile(_file.Path, _time))
        {
            store.Database.GetCollection("meta").Upsert(
                new LiteDB.BsonDocument { ["_id"] = "schema", ["version"] = SchemaMigrations.Latest + 1 });
        }

        var error = Assert.Throws<InvalidOperationException>(() => LiteDbStore.OpenFile(_file.Path, _time));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PruneDeliveries_OlderThanCutOff_ForgetsOnlyThose()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, _time);
        store.Commit(new TurnChanges { DeliveryId = "old" });
        _time.Advance(TimeSpan.FromDays(3));
        store.Commit(new TurnChanges { DeliveryId = "new" });

        var pruned = store.PruneDeliveries(_time.GetUtcNow().AddDays(-1));

        Assert.Equal(1, pruned);
        Assert.False(store.WasProcessed("old"));
        Assert.True(store.WasProcessed("new"));
    }
}
