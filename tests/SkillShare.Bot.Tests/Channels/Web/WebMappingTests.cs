using SkillShare.Bot.Channels.Web;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Channels.Web;

public sealed class WebMappingTests
{
    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("  /HELP me please ", "help", "me please")]
    public void ReadText_SlashWord_IsACommand(string text, string name, string args)
    {
        var input = WebTurns.ReadText(text);

        Assert.Equal(new CommandInput(name, args), input);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/ 12")]
    [InlineData("3/4 of the work")]
    [InlineData("<script>alert(1)</script>")]
    public void ReadText_Other_IsTextAsTyped(string text)
    {
        var input = WebTurns.ReadText(text);

        Assert.Equal(new TextInput(text), input);
    }

    [Fact]
    public void From_EditInPlace_ReplacesTheSourceMessage()
    {
        var reply = new Reply { Text = "Updated", EditInPlace = true };

        var message = WebMessage.From(reply, "m0123456789ab", pushed: false);

        Assert.Equal("m0123456789ab", message.Replaces);
    }

    [Fact]
    public void From_ContactRequest_RendersNoContactControl()
    {
        var reply = new Reply { Text = "Verify", Keyboard = KeyboardRequest.RequestContact };

        var message = WebMessage.From(reply, null, pushed: false);

        Assert.Equal("Verify", message.Text);
        Assert.Empty(message.Buttons);
        Assert.Null(message.Form);
    }

    [Fact]
    public void From_FormKinds_MapToHtmlInputKinds()
    {
        var form = new ReplyForm("k", "T",
        [
            new FormField("a", "A", FormFieldKind.MultilineText, false),
            new FormField("b", "B", FormFieldKind.Date, true),
        ], "Go");

        var message = WebMessage.From(new Reply { Text = "", Form = form }, null, pushed: true);

        Assert.Equal(["multiline", "date"], message.Form!.Fields.Select(f => f.Kind));
        Assert.True(message.Pushed);
        Assert.Empty(message.Form.Errors);
    }
}
