using SkillShare.Core.Posts;

namespace SkillShare.Bot.Tests.Flows;

public sealed class PostsFlowTests : IDisposable
{
    private readonly EngineHarness _chat = new();

    [Fact]
    public async Task Offers_PauseThenResume_ChangesStatusInPlace()
    {
        var offerId = await PublishOfferAsync();
        await _chat.CommandAsync("offers");

        await _chat.PressAsync("p." + offerId);
        var paused = _chat.Store.FindOffer(offerId)!.Status;
        var pauseReply = Assert.Single(_chat.Last);
        await _chat.PressAsync("r." + offerId);

        Assert.Equal(PostStatus.Paused, paused);
        Assert.True(pauseReply.EditInPlace);
        Assert.Equal(PostStatus.Published, _chat.Store.FindOffer(offerId)!.Status);
    }

    [Fact]
    public async Task Offers_Delete_AsksFirstAndDeletesOnlyOnYes()
    {
        var offerId = await PublishOfferAsync();
        await _chat.CommandAsync("offers");

        await _chat.PressAsync("d." + offerId);
        var question = _chat.LastText;
        await _chat.PressAsync("no");
        var afterNo = _chat.Store.FindOffer(offerId)!.Status;
        await _chat.PressAsync("d." + offerId);
        await _chat.PressAsync("yes");

        Assert.Contains("Delete \"Database tuning\"? This can't be undone.", question, StringComparison.Ordinal);
        Assert.Equal(PostStatus.Published, afterNo);
        Assert.Equal(PostStatus.Deleted, _chat.Store.FindOffer(offerId)!.Status);
        Assert.Contains("no skill offers yet", _chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offers_EditOneField_ChangesOnlyThatField()
    {
        var offerId = await PublishOfferAsync();
        await _chat.CommandAsync("offers");

        await _chat.PressAsync("e." + offerId);
        await _chat.PressAsync("f.Rate");
        await _chat.TextAsync("60 EUR");
        var summary = _chat.Last.Single(r => r.Card is not null);
        await _chat.PressAsync("pub");

        var offer = _chat.Store.FindOffer(offerId)!;
        Assert.Contains(summary.Buttons.SelectMany(b => b), b => b.Label == "Save");
        Assert.Equal(6000, offer.HourlyRate.MinorUnits);
        Assert.Equal("EUR", offer.HourlyRate.CurrencyCode);
        Assert.Equal("Database tuning", offer.Title);
        Assert.Equal(PostStatus.Published, offer.Status);
        Assert.Single(_chat.Store.OffersOf(_chat.Member!.Id));
    }

    [Fact]
    public async Task OfferSummary_Edit_ReentersOneFieldAndReturnsToSummary()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        foreach (var answer in new[] { "Database tuning", "Fast queries", "postgres", "45 USD", "20" })
            await _chat.TextAsync(answer);
        await _chat.PressAsync("w.r");

        await _chat.PressAsync("edit");
        await _chat.PressAsync("f.Title");
        await _chat.TextAsync("Query tuning");

        var card = Assert.Single(_chat.Last, r => r.Card is not null).Card!;
        Assert.Equal("Query tuning", card.Title);
        Assert.Equal("Summary", _chat.Conversation!.State);
        Assert.Empty(_chat.Store.OffersOf(_chat.Member!.Id));
    }

    [Fact]
    public async Task Requests_WithPassedDeadline_CannotBeResumed()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("request");
        foreach (var answer in new[] { "Need a DBA", "Tune it", "postgres", "30 EUR", "60", "10", "2026-12-10" })
            await _chat.TextAsync(answer);
        await _chat.PressAsync("pub");
        var requestId = Assert.Single(_chat.Store.RequestsOf(_chat.Member!.Id)).Id;
        await _chat.CommandAsync("requests");
        await _chat.PressAsync("p." + requestId);
        _chat.Clock.Advance(TimeSpan.FromDays(10));

        await _chat.PressAsync("r." + requestId);

        Assert.Contains("deadline has passed", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal(PostStatus.Paused, _chat.Store.FindRequest(requestId)!.Status);
    }

    [Fact]
    public async Task Requests_Close_ClosesInPlaceAndOffersOnlyDelete()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("request");
        foreach (var answer in new[] { "Need a DBA", "Tune it", "postgres", "30 EUR", "60", "10", "2026-12-20" })
            await _chat.TextAsync(answer);
        await _chat.PressAsync("pub");
        var requestId = Assert.Single(_chat.Store.RequestsOf(_chat.Member!.Id)).Id;
        await _chat.CommandAsync("requests");

        await _chat.PressAsync("c." + requestId);
        var closed = Assert.Single(_chat.Last);

        Assert.True(closed.EditInPlace);
        Assert.Contains("Closed.", closed.Text, StringComparison.Ordinal);
        Assert.Equal(["Delete"], closed.Buttons.SelectMany(b => b).Select(b => b.Label));
        Assert.Equal(PostStatus.Closed, _chat.Store.FindRequest(requestId)!.Status);
    }

    [Fact]
    public async Task Profile_EditBio_ChangesOnlyTheBio()
    {
        await _chat.RegisterAndVerifyAsync("Ada");
        await _chat.CommandAsync("profile");

        await _chat.PressAsync("m.editprofile");
        await _chat.PressAsync("f.Bio");
        await _chat.TextAsync("I write programs for engines.");

        var member = _chat.Member!;
        Assert.Equal("I write programs for engines.", member.Bio);
        Assert.Equal("Ada", member.DisplayName);
        Assert.True(member.IsVerified);
        Assert.Contains("Saved", _chat.LastText, StringComparison.Ordinal);
    }

    private async Task<string> PublishOfferAsync()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        foreach (var answer in new[] { "Database tuning", "Fast queries", "postgres", "45 USD", "20" })
            await _chat.TextAsync(answer);
        await _chat.PressAsync("w.r");
        await _chat.PressAsync("pub");
        return Assert.Single(_chat.Store.OffersOf(_chat.Member!.Id)).Id;
    }

    public void Dispose() => _chat.Dispose();
}
