using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Flows;

public sealed class BadInputTests : IDisposable
{
    private readonly EngineHarness _chat = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task Name_EmptyOrWhitespace_IsRefused(string text)
    {
        await AtNameAsync();

        await _chat.TextAsync(text);

        Assert.Contains("That was empty", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Name", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Name_OverLimit_IsRefusedWithLimitAndLength()
    {
        await AtNameAsync();

        await _chat.TextAsync(new string('a', 65));

        Assert.Contains("65 characters, the limit is 64", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Name", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Bio_OfEmoji_CountsEachEmojiOnce()
    {
        await AtNameAsync();
        await _chat.TextAsync("Ada");
        var bio = string.Concat(Enumerable.Repeat("👩‍💻", 400));

        await _chat.TextAsync(bio);

        Assert.Equal("Place", _chat.Conversation!.State);
        Assert.Equal(bio, _chat.Conversation!.Draft["bio"]);
    }

    [Fact]
    public async Task Name_RightToLeftAndHtml_AreStoredAsTyped()
    {
        await AtNameAsync();

        await _chat.TextAsync("<b>مرحبا</b> <script>alert(1)</script> & co");

        Assert.Equal("<b>مرحبا</b> <script>alert(1)</script> & co", _chat.Conversation!.Draft["name"]);
        Assert.Equal("Bio", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Name_GivenPhoto_SaysTextIsNeeded()
    {
        await AtNameAsync();

        await _chat.SendAsync(new PhotoInput("photo-file-1"));

        Assert.Contains("I need text here, not a photo", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Name", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Name_GivenSticker_SaysItCannotBeRead()
    {
        await AtNameAsync();

        await _chat.SendAsync(new UnsupportedInput("sticker"));

        Assert.Contains("can't read that kind of message", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Name", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Role_TypedInsteadOfPressed_AsksForButtons()
    {
        await _chat.CommandAsync("start");
        await _chat.PressAsync("l.en");

        await _chat.TextAsync("freelancer please");

        Assert.Contains("use one of the buttons", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Role", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Place_UnknownCity_IsKeptWithUtcAndANote()
    {
        await AtNameAsync();
        await _chat.TextAsync("Ada");
        await _chat.PressAsync("skip");

        await _chat.TextAsync("Smallville");

        Assert.Contains("use UTC for now", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Etc/UTC", _chat.Conversation!.Draft["tz"]);
        Assert.Equal("Languages", _chat.Conversation!.State);
    }

    [Theory]
    [InlineData("Asia/Tokyo", "Asia/Tokyo")]
    [InlineData("上海", "Asia/Shanghai")]
    [InlineData("new york", "America/New_York")]
    public async Task Place_KnownCityOrZone_ResolvesToIanaZone(string place, string zone)
    {
        await AtNameAsync();
        await _chat.TextAsync("Ada");
        await _chat.PressAsync("skip");

        await _chat.TextAsync(place);

        Assert.Equal(zone, _chat.Conversation!.Draft["tz"]);
    }

    [Theory]
    [InlineData("0", "more than zero")]
    [InlineData("-5 USD", "more than zero")]
    [InlineData("99999999999 USD", "too large")]
    [InlineData("45 XYZ", "don't know that currency")]
    [InlineData("forty five", "couldn't read that amount")]
    [InlineData("4.555 USD", "decimal places")]
    public async Task Rate_Invalid_IsRefusedWithReason(string rate, string reason)
    {
        await AtOfferRateAsync();

        await _chat.TextAsync(rate);

        Assert.Contains(reason, _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Rate", _chat.Conversation!.State);
    }

    [Theory]
    [InlineData("twenty")]
    [InlineData("0")]
    [InlineData("200")]
    public async Task Hours_NotAWholeNumberInRange_IsRefused(string hours)
    {
        await AtOfferRateAsync();
        await _chat.TextAsync("45 USD");

        await _chat.TextAsync(hours);

        Assert.Contains("number", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Hours", _chat.Conversation!.State);
    }

    [Theory]
    [InlineData("20 EUR", "lower than the minimum")]
    [InlineData("90 USD", "same currency")]
    public async Task BudgetMax_BelowMinOrOtherCurrency_IsRefused(string max, string reason)
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("request");
        foreach (var answer in new[] { "Need a DBA", "Tune our cluster", "postgres", "30 EUR" })
            await _chat.TextAsync(answer);

        await _chat.TextAsync(max);

        Assert.Contains(reason, _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("BudgetMax", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Deadline_NotADate_IsRefused()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("request");
        foreach (var answer in new[] { "Need a DBA", "Tune our cluster", "postgres", "30 EUR", "60", "10" })
            await _chat.TextAsync(answer);

        await _chat.TextAsync("next friday");

        Assert.Contains("YYYY-MM-DD", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Deadline", _chat.Conversation!.State);
    }

    private async Task AtNameAsync()
    {
        await _chat.CommandAsync("start");
        await _chat.PressAsync("l.en");
        await _chat.PressAsync("r.f");
    }

    private async Task AtOfferRateAsync()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        foreach (var answer in new[] { "Database tuning", "Fast queries", "postgres" })
            await _chat.TextAsync(answer);
    }

    public void Dispose() => _chat.Dispose();
}
