using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Tests.Flows;

public sealed class JourneyTests : IDisposable
{
    private readonly EngineHarness _chat = new();

    [Fact]
    public async Task Journey_RegisterVerifyAndPublishOffer_StoresVerifiedMemberAndOffer()
    {
        await _chat.RegisterAsync("Ada Lovelace");
        var contactPrompt = _chat.Last[^1];
        await _chat.SendAsync(new ContactInput("+49 (30) 123-4567", "100"));
        await _chat.CommandAsync("offer");
        await _chat.TextAsync("Database tuning");
        await _chat.TextAsync("I make slow queries fast.");
        await _chat.TextAsync("postgres, SQL,  POSTGRESQL , query plans");
        var recognised = _chat.LastText;
        await _chat.TextAsync("45.50 usd");
        await _chat.TextAsync("20");
        await _chat.PressAsync("w.r");
        var summary = _chat.Last.Single(r => r.Card is not null);
        await _chat.PressAsync("pub");

        var member = _chat.Member!;
        var offer = Assert.Single(_chat.Store.OffersOf(member.Id));
        var proof = Assert.Single(_chat.Store.Database.GetCollection<VerificationRecord>("verifications").FindAll());
        Assert.Equal(KeyboardRequest.RequestContact, contactPrompt.Keyboard);
        Assert.Equal("Ada Lovelace", member.DisplayName);
        Assert.Equal("Europe/Berlin", member.TimeZoneId);
        Assert.Equal(EngineHarness.PhoneKey.Protect("+49301234567"), member.PhoneHash);
        Assert.True(member.IsVerified);
        Assert.Equal(VerificationMethod.TelegramContact, proof.Method);
        Assert.Equal(member.PhoneHash, proof.SubjectHash);
        Assert.Equal(member.Id, proof.MemberId);
        Assert.Contains("PostgreSQL", recognised, StringComparison.Ordinal);
        Assert.Equal("Database tuning", summary.Card!.Title);
        Assert.Equal(PostStatus.Published, offer.Status);
        Assert.Equal(4550, offer.HourlyRate.MinorUnits);
        Assert.Equal("USD", offer.HourlyRate.CurrencyCode);
        Assert.Equal(20, offer.HoursPerWeek);
        Assert.Equal(WorkMode.Remote, offer.Mode);
        Assert.Equal(["PostgreSQL", "SQL", "query plans"], offer.Skills.Select(s => s.Label));
        Assert.Contains("published", _chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journey_PhoneNumber_IsNeverStoredInClear()
    {
        await _chat.RegisterAndVerifyAsync();

        _chat.Restart();
        var text = string.Concat(Directory.GetFiles(_chat.DataFolder)
            .Select(f => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f))));

        Assert.DoesNotContain("1234567", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_chat.Logs.Lines, l => l.Contains("1234567", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Journey_OnSiteOffer_AsksForPlace()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        foreach (var answer in new[] { "Carpentry", "Custom shelves", "woodwork", "30 EUR", "10" })
            await _chat.TextAsync(answer);

        await _chat.PressAsync("w.o");
        var askedPlace = _chat.LastText;
        await _chat.TextAsync("Berlin Mitte");
        await _chat.PressAsync("pub");

        var offer = Assert.Single(_chat.Store.OffersOf(_chat.Member!.Id));
        Assert.Contains("on-site work", askedPlace, StringComparison.Ordinal);
        Assert.Equal(WorkMode.OnSite, offer.Mode);
        Assert.Equal("Berlin Mitte", offer.Place);
    }

    [Fact]
    public async Task Request_PublishedWithBudgetAndDeadline_StoresEndOfDayInMemberZone()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("request");
        string[] answers = ["Need a DBA", "Tune our cluster", "postgres", "30 EUR", "60", "10", "2027-01-15"];
        foreach (var answer in answers)
            await _chat.TextAsync(answer);
        var summary = _chat.Last.Single(r => r.Card is not null).Card!;
        await _chat.PressAsync("pub");

        var request = Assert.Single(_chat.Store.RequestsOf(_chat.Member!.Id));
        Assert.Equal(3000, request.BudgetMin.MinorUnits);
        Assert.Equal("EUR", request.BudgetMax.CurrencyCode);
        Assert.Equal(6000, request.BudgetMax.MinorUnits);
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 22, 59, 59, TimeSpan.Zero), request.Deadline);
        Assert.Contains(summary.Fields, f => f.Value == "2027-01-15");
        Assert.Equal(PostStatus.Published, request.Status);
    }

    [Theory]
    [InlineData("menu", "closed the form")]
    [InlineData("start", "Welcome back")]
    [InlineData("cancel", "Nothing from that form was saved")]
    public async Task Command_MidOffer_LeavesTheFormAndStoresNothing(string command, string expected)
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        await _chat.TextAsync("Database tuning");

        await _chat.CommandAsync(command);

        Assert.Contains(expected, _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("", _chat.Conversation!.Flow);
        Assert.Empty(_chat.Store.OffersOf(_chat.Member!.Id));
    }

    [Fact]
    public async Task Help_MidOffer_ExplainsAndKeepsTheQuestion()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        await _chat.TextAsync("Database tuning");

        await _chat.CommandAsync("help");

        Assert.Contains("/cancel", _chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Describe what you offer", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Description", _chat.Conversation!.State);
    }

    public void Dispose() => _chat.Dispose();
}
