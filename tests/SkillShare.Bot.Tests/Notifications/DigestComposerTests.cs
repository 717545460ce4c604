using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Bot.Notifications;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Bot.Tests.Notifications;

public sealed class DigestComposerTests
{
    [Fact]
    public void Batches_NineDigestPushesAndAnInstantOne_EightTogetherThenInstantThenTheRest()
    {
        var due = Enumerable.Range(1, 9).Select(i => Message("d" + i, digest: true)).ToList();
        due.Insert(2, Message("i1", digest: false));

        var batches = DigestComposer.Batches(due).ToList();

        Assert.Equal(3, batches.Count);
        Assert.Equal(DigestComposer.MaxItems, batches[0].Count);
        Assert.Equal("i1", Assert.Single(batches[1]).Id);
        Assert.Equal("d9", Assert.Single(batches[2]).Id);
    }

    [Fact]
    public void Compose_OneItem_SingularHeaderAndNumberedButtons()
    {
        var item = new Reply { Text = "A request", Buttons = [[new ReplyButton("Interested", "m:1:y")]] };

        var digest = new DigestComposer(Texts.Default).Compose([item], UiLanguage.English);

        Assert.Equal("Your daily digest: 1 new match\n\n#1 A request", digest.Text);
        Assert.Equal(new ReplyButton("#1 · Interested", "m:1:y"), digest.Buttons.Single().Single());
    }

    private static OutboxMessage Message(string id, bool digest)
    {
        var message = new OutboxMessage
        {
            Id = id, MemberId = "m1", Channel = ChannelKind.Telegram, ConversationId = "Telegram:42",
            Kind = "test.echo", DedupeKey = id,
        };
        if (digest)
            message.Data[DigestComposer.DataKey] = "1";
        return message;
    }
}
