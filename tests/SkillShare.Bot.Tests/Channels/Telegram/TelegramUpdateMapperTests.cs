using SkillShare.Bot.Channels.Telegram;
using SkillShare.Bot.Conversations;
using static SkillShare.Bot.Tests.Channels.Telegram.TelegramUpdates;

namespace SkillShare.Bot.Tests.Channels.Telegram;

public class TelegramUpdateMapperTests
{
    [Fact]
    public void Map_PrivateText_GivesTextTurnOfThatChat()
    {
        var update = Parse(Text(1001, "hello <b>", language: "zh-hans"));

        var inbound = TelegramUpdateMapper.Map(update);

        Assert.Equal(TelegramInboundKind.Turn, inbound.Kind);
        var turn = inbound.Turn!;
        Assert.Equal("Telegram:4242", turn.ConversationId);
        Assert.Equal("4242", turn.SenderId);
        Assert.Equal("tg:1001", turn.DeliveryId);
        Assert.Equal("zh-hans", turn.LanguageCode);
        Assert.Equal(new TextInput("hello <b>"), turn.Input);
    }

    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("/Start@SkillShareBot ref-42", "start", "ref-42")]
    [InlineData("/offers  mine ", "offers", "mine")]
    public void Map_Command_StripsBotNameAndLowercases(string text, string name, string args)
    {
        var update = Parse(Text(1, text));

        var inbound = TelegramUpdateMapper.Map(update);

        Assert.Equal(new CommandInput(name, args), inbound.Turn!.Input);
    }

    [Theory]
    [InlineData("/ not a command")]
    [InlineData("/")]
    [InlineData("50/50")]
    public void Map_SlashThatIsNoCommand_StaysText(string text)
    {
        var inbound = TelegramUpdateMapper.Map(Parse(Text(1, text)));

        Assert.Equal(new TextInput(text), inbound.Turn!.Input);
    }

    [Fact]
    public void Map_CallbackQuery_GivesButtonWithSourceMessageAndQueryToAnswer()
    {
        var update = Parse(Callback(2002, "r:3:freelancer", sourceMessageId: 77));

        var inbound = TelegramUpdateMapper.Map(update);

        Assert.Equal(new ButtonInput("r:3:freelancer"), inbound.Turn!.Input);
        Assert.Equal("77", inbound.Turn.SourceMessageId);
        Assert.Equal("cbq-2002", inbound.CallbackQueryId);
        Assert.Equal("Telegram:4242", inbound.Turn.ConversationId);
    }

    [Fact]
    public void Map_OwnContact_CarriesContactUserIdEqualToSender()
    {
        var inbound = TelegramUpdateMapper.Map(Parse(Contact(3, contactUserId: UserId)));

        var contact = Assert.IsType<ContactInput>(inbound.Turn!.Input);
        Assert.Equal("+15551234567", contact.PhoneNumber);
        Assert.Equal(inbound.Turn.SenderId, contact.ContactUserId);
    }

    [Fact]
    public void Map_SomeoneElsesContact_CarriesTheirUserId()
    {
        var inbound = TelegramUpdateMapper.Map(Parse(Contact(3, contactUserId: 999)));

        var contact = Assert.IsType<ContactInput>(inbound.Turn!.Input);
        Assert.Equal("999", contact.ContactUserId);
        Assert.NotEqual(inbound.Turn.SenderId, contact.ContactUserId);
    }

    [Fact]
    public void Map_Photo_TakesLargestSize()
    {
        var json = Message(4, """
            "photo":[{"file_id":"small","file_unique_id":"s","width":90,"height":90},
                     {"file_id":"large","file_unique_id":"l","width":1280,"height":960},
                     {"file_id":"medium","file_unique_id":"m","width":320,"height":240}]
            """);

        var inbound = TelegramUpdateMapper.Map(Parse(json));

        Assert.Equal(new PhotoInput("large"), inbound.Turn!.Input);
    }

    [Theory]
    [InlineData("\"sticker\":{\"file_id\":\"x\",\"file_unique_id\":\"y\",\"type\":\"regular\"," +
        "\"width\":512,\"height\":512,\"is_animated\":false,\"is_video\":false}", "sticker")]
    [InlineData("\"voice\":{\"file_id\":\"x\",\"file_unique_id\":\"y\",\"duration\":3}", "voice")]
    [InlineData("\"location\":{\"latitude\":1.5,\"longitude\":2.5}", "location")]
    public void Map_MediaTheFlowsDoNotRead_IsUnsupported(string body, string kind)
    {
        var inbound = TelegramUpdateMapper.Map(Parse(Message(5, body)));

        Assert.Equal(new UnsupportedInput(kind), inbound.Turn!.Input);
    }

    [Fact]
    public void Map_EditedPrivateMessage_IsEditedMessageOfThatChatAndNoTurn()
    {
        var inbound = TelegramUpdateMapper.Map(Parse(Edited(6, "fixed typo")));

        Assert.Equal(TelegramInboundKind.EditedMessage, inbound.Kind);
        Assert.Equal(UserId, inbound.ChatId);
        Assert.Null(inbound.Turn);
    }

    [Fact]
    public void Map_GroupMessage_IsGroupMessageOfThatGroup()
    {
        var inbound = TelegramUpdateMapper.Map(Parse(InGroup(7, "hi bot")));

        Assert.Equal(TelegramInboundKind.GroupMessage, inbound.Kind);
        Assert.Equal(-100777, inbound.ChatId);
        Assert.Null(inbound.Turn);
    }

    [Fact]
    public void Map_EditedGroupMessage_IsIgnored()
    {
        var json = Message(8, "\"text\":\"x\"", chat: GroupChat(), kind: "edited_message");

        var inbound = TelegramUpdateMapper.Map(Parse(json));

        Assert.Equal(TelegramInboundKind.Ignored, inbound.Kind);
    }

    [Fact]
    public void Map_ChannelPost_IsIgnored()
    {
        var inbound = TelegramUpdateMapper.Map(Parse(ChannelPost(9)));

        Assert.Equal(TelegramInboundKind.Ignored, inbound.Kind);
    }

    [Fact]
    public void Map_MessageWithoutSender_IsIgnored()
    {
        var json = """
            {"update_id":10,"message":{"message_id":1,"chat":{"id":4242,"type":"private"},"date":1764000000,"text":"x"}}
            """;

        var inbound = TelegramUpdateMapper.Map(Parse(json));

        Assert.Equal(TelegramInboundKind.Ignored, inbound.Kind);
    }

    [Fact]
    public void Map_MessageFromBot_IsIgnored()
    {
        var bot = """{"id":777,"is_bot":true,"first_name":"OtherBot"}""";

        var inbound = TelegramUpdateMapper.Map(Parse(Message(11, "\"text\":\"x\"", from: bot)));

        Assert.Equal(TelegramInboundKind.Ignored, inbound.Kind);
    }
}
