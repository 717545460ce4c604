using SkillShare.Bot.Channels.Telegram;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;
using Telegram.Bot.Types.ReplyMarkups;

namespace SkillShare.Bot.Tests.Channels.Telegram;

public class TelegramReplyRendererTests
{
    [Fact]
    public void Render_TextWithHtmlCharacters_IsEscaped()
    {
        var reply = Reply.Plain("Hi <b>Bob</b> & <script>");

        var messages = TelegramReplyRenderer.Render(reply, UiLanguage.English);

        Assert.Equal("Hi &lt;b&gt;Bob&lt;/b&gt; &amp; &lt;script&gt;", Assert.Single(messages).Html);
    }

    [Fact]
    public void Render_Card_IsBoldTitleAndBoldLabelsWithEscapedValues()
    {
        var card = new ReplyCard("Go <dev>", [new CardField("Rate", "50 USD/h"), new CardField("Bio", "a&b")]);
        var reply = new Reply { Text = "Your offer:", Card = card };

        var messages = TelegramReplyRenderer.Render(reply, UiLanguage.English);

        Assert.Equal("Your offer:\n\n<b>Go &lt;dev&gt;</b>\n<b>Rate</b>: 50 USD/h\n<b>Bio</b>: a&amp;b",
            Assert.Single(messages).Html);
    }

    [Fact]
    public void Render_ButtonRows_BecomeInlineKeyboardWithTheKeys()
    {
        var reply = new Reply
        {
            Text = "Role?",
            Buttons = [[new ReplyButton("Freelancer", "r:1:f"), new ReplyButton("Client", "r:1:c")],
                [new ReplyButton("Both", "r:1:b")]],
        };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply, UiLanguage.English));

        var keyboard = Assert.IsType<InlineKeyboardMarkup>(message.Markup);
        var rows = keyboard.InlineKeyboard.Select(r => r.Select(b => b.CallbackData).ToArray()).ToArray();
        Assert.Equal([["r:1:f", "r:1:c"], ["r:1:b"]], rows);
    }

    [Fact]
    public void Render_ButtonKeyOver64Bytes_Throws()
    {
        var reply = new Reply { Text = "x", Buttons = [[new ReplyButton("Too long", new string('é', 33))]] };

        Assert.Throws<InvalidOperationException>(() => TelegramReplyRenderer.Render(reply, UiLanguage.English));
    }

    [Fact]
    public void Render_RequestContact_IsOneTimeResizedContactKeyboardInMemberLanguage()
    {
        var reply = new Reply { Text = "Share your phone", Keyboard = KeyboardRequest.RequestContact };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply, UiLanguage.Chinese));

        var keyboard = Assert.IsType<ReplyKeyboardMarkup>(message.Markup);
        var button = Assert.Single(Assert.Single(keyboard.Keyboard));
        Assert.True(button.RequestContact);
        Assert.Equal("📱 分享我的手机号", button.Text);
        Assert.True(keyboard.OneTimeKeyboard);
        Assert.True(keyboard.ResizeKeyboard);
    }

    [Fact]
    public void Render_RequestContactWithLabel_UsesTheFlowsLabel()
    {
        var reply = new Reply
        {
            Text = "Share your phone",
            Keyboard = KeyboardRequest.RequestContact,
            KeyboardLabel = "Share my <phone>",
        };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply, UiLanguage.English));

        var keyboard = Assert.IsType<ReplyKeyboardMarkup>(message.Markup);
        Assert.Equal("Share my <phone>", Assert.Single(Assert.Single(keyboard.Keyboard)).Text);
    }

    [Fact]
    public void Render_RequestContactWithButtons_PutsButtonsOnAFollowUpMessage()
    {
        var reply = new Reply
        {
            Text = "Share your phone",
            Keyboard = KeyboardRequest.RequestContact,
            Buttons = [[new ReplyButton("Later", "v:2:later")]],
        };

        var messages = TelegramReplyRenderer.Render(reply, UiLanguage.English);

        Assert.Equal(2, messages.Count);
        Assert.IsType<ReplyKeyboardMarkup>(messages[0].Markup);
        Assert.Equal("Or choose:", messages[1].Html);
        Assert.IsType<InlineKeyboardMarkup>(messages[1].Markup);
    }

    [Fact]
    public void Render_RemoveKeyboard_IsReplyKeyboardRemove()
    {
        var reply = new Reply { Text = "Verified", Keyboard = KeyboardRequest.Remove };

        var message = Assert.Single(TelegramReplyRenderer.Render(reply, UiLanguage.English));

        Assert.IsType<ReplyKeyboardRemove>(message.Markup);
    }

    [Fact]
    public void Render_LongTextWithButtons_SplitsAndPutsButtonsOnLastPart()
    {
        var reply = new Reply { Text = new string('x', 9000), Buttons = [[new ReplyButton("OK", "ok")]] };

        var messages = TelegramReplyRenderer.Render(reply, UiLanguage.English);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.InRange(TelegramHtml.PlainLength(m.Html), 1, TelegramHtml.MaxLength));
        Assert.Null(messages[0].Markup);
        Assert.IsType<InlineKeyboardMarkup>(messages[^1].Markup);
    }
}
