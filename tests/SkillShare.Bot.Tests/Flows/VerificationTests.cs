using System.Text.RegularExpressions;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Flows;

public sealed partial class VerificationTests : IDisposable
{
    private readonly EngineHarness _chat = new();

    [Fact]
    public async Task Web_OneTimeCodeFromHostLog_VerifiesMember()
    {
        _chat.Channel = ChannelKind.Web;
        await _chat.RegisterAsync();
        var askedPhone = _chat.LastText;

        await _chat.TextAsync("+44 20 7946 0000");
        var logLine = _chat.Logs.Lines.Last(l => l.Contains("One-time", StringComparison.Ordinal));
        var code = CodePattern().Match(logLine).Value;
        await _chat.TextAsync(code == "000000" ? "111111" : "000000");
        var wrong = _chat.LastText;
        await _chat.TextAsync(code);

        Assert.Contains("country code", askedPhone, StringComparison.Ordinal);
        Assert.Contains("not right", wrong, StringComparison.Ordinal);
        Assert.True(_chat.Member!.IsVerified);
        Assert.Equal(EngineHarness.PhoneKey.Protect("+442079460000"), _chat.Member!.PhoneHash);
        Assert.DoesNotContain(_chat.Logs.Lines, l => l.Contains("7946", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Web_ExpiredCode_AsksForTheNumberAgain()
    {
        _chat.Channel = ChannelKind.Web;
        await _chat.RegisterAsync();
        await _chat.TextAsync("+44 20 7946 0000");
        _chat.Clock.Advance(TimeSpan.FromMinutes(11));

        await _chat.TextAsync("123456");

        Assert.Contains("expired", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("AwaitPhone", _chat.Conversation!.State);
        Assert.False(_chat.Member!.IsVerified);
    }

    [Fact]
    public async Task Web_FiveWrongCodes_AsksForTheNumberAgain()
    {
        _chat.Channel = ChannelKind.Web;
        await _chat.RegisterAsync();
        await _chat.TextAsync("+44 20 7946 0000");
        var logLine = _chat.Logs.Lines.Last(l => l.Contains("One-time", StringComparison.Ordinal));
        var wrong = CodePattern().Match(logLine).Value == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
            await _chat.TextAsync(wrong);

        Assert.Contains("Too many wrong codes", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("AwaitPhone", _chat.Conversation!.State);
        Assert.False(_chat.Member!.IsVerified);
    }

    [Fact]
    public async Task Teams_Verification_SaysNotAvailableYet()
    {
        _chat.Channel = ChannelKind.Teams;

        await _chat.RegisterAsync();

        Assert.Contains("not available yet", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("", _chat.Conversation!.Flow);
        Assert.False(_chat.Member!.IsVerified);
    }

    [Fact]
    public async Task Contact_TypedAsText_AsksForTheShareButton()
    {
        await _chat.RegisterAsync();

        await _chat.TextAsync("+49 30 1234567");

        Assert.Contains("Share my phone number", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Share my phone number", _chat.Last[^1].KeyboardLabel);
        Assert.False(_chat.Member!.IsVerified);
    }

    [Fact]
    public async Task Contact_NumberOfAnotherMember_IsRefused()
    {
        await _chat.RegisterAndVerifyAsync("First");
        _chat.UserId = "200";
        await _chat.RegisterAsync("Second");

        await _chat.SendAsync(new ContactInput("+49 30 1234567", "200"));

        Assert.Contains("already verifies another account", _chat.LastText, StringComparison.Ordinal);
        Assert.False(_chat.Member!.IsVerified);
    }

    [Fact]
    public async Task Contact_Accepted_RemovesKeyboardAndShowsMenu()
    {
        await _chat.RegisterAsync();

        await _chat.SendAsync(new ContactInput("+49 30 1234567", "100"));

        Assert.Equal(KeyboardRequest.Remove, _chat.Last[0].Keyboard);
        Assert.Contains("verified", _chat.Last[0].Text, StringComparison.Ordinal);
        Assert.True(_chat.HasButton("m.offer"));
    }

    [Fact]
    public async Task Web_NumberOfAnotherMember_IsRefusedBeforeAnyCodeIsSent()
    {
        await _chat.RegisterAndVerifyAsync("First");
        _chat.Channel = ChannelKind.Web;
        _chat.UserId = "web-2";
        await _chat.RegisterAsync("Second");

        await _chat.TextAsync("+49 30 1234567");

        Assert.Contains("already verifies another account", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("AwaitPhone", _chat.Conversation!.State);
        Assert.DoesNotContain(_chat.Logs.Lines, l => l.Contains("One-time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Web_NewNumberWhileCodeAwaited_SendsACodeForTheNewNumber()
    {
        _chat.Channel = ChannelKind.Web;
        await _chat.RegisterAsync();
        await _chat.TextAsync("+44 20 7946 0000");

        await _chat.TextAsync("+44 20 7946 1111");
        var logLine = _chat.Logs.Lines.Last(l => l.Contains("One-time", StringComparison.Ordinal));
        var code = CodePattern().Match(logLine).Value;
        await _chat.TextAsync($" {code[..3]} {code[3..]} ");

        Assert.Equal(2, _chat.Logs.Lines.Count(l => l.Contains("One-time", StringComparison.Ordinal)));
        Assert.True(_chat.Member!.IsVerified);
        Assert.Equal(EngineHarness.PhoneKey.Protect("+442079461111"), _chat.Member!.PhoneHash);
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();

    public void Dispose() => _chat.Dispose();
}
