using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Flows;

public sealed class EngineBehaviourTests : IDisposable
{
    private readonly EngineHarness _chat = new();

    [Fact]
    public async Task Request_DeadlineInThePast_IsRefusedAndAskedAgain()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("request");
        foreach (var answer in new[] { "Need a DBA", "Tune our cluster", "postgres", "30 EUR", "60", "10" })
            await _chat.TextAsync(answer);

        await _chat.TextAsync("2026-12-03");

        Assert.Contains("in the past", _chat.LastText, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Deadline", _chat.Conversation!.State);
        Assert.Empty(_chat.Store.RequestsOf(_chat.Member!.Id));
    }

    [Fact]
    public async Task Contact_OfAnotherUser_IsRefused()
    {
        await _chat.RegisterAsync();

        await _chat.SendAsync(new ContactInput("+44 20 7946 0000", "999"));

        Assert.Contains("someone else's contact", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal(KeyboardRequest.RequestContact, _chat.Last[^1].Keyboard);
        Assert.False(_chat.Member!.IsVerified);
        Assert.Null(_chat.Member!.PhoneHash);
    }

    [Fact]
    public async Task Button_FromMessageTheFlowMovedPast_SaysNoLongerCurrentAndRepeatsStep()
    {
        await _chat.CommandAsync("start");
        var oldEnglishKey = _chat.KeyOf("l.en");
        await _chat.PressAsync("l.en");

        await _chat.SendAsync(new ButtonInput(oldEnglishKey));

        Assert.Contains("no longer current", _chat.LastText, StringComparison.Ordinal);
        Assert.Contains("work, to hire, or both", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Role", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Button_FromFinishedForm_SaysNoLongerCurrentAndShowsMenu()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        var oldCancelKey = _chat.KeyOf("x");
        await _chat.CommandAsync("menu");

        await _chat.SendAsync(new ButtonInput(oldCancelKey));

        Assert.Contains("no longer current", _chat.LastText, StringComparison.Ordinal);
        Assert.True(_chat.HasButton("m.offer"));
        Assert.Equal("", _chat.Conversation!.Flow);
    }

    [Fact]
    public async Task Cancel_MidForm_LeavesNothingHalfDone()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        await _chat.TextAsync("Database tuning");
        await _chat.TextAsync("I make slow queries fast.");

        await _chat.CommandAsync("cancel");

        var conversation = _chat.Conversation!;
        Assert.Contains("Nothing from that form was saved", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("", conversation.Flow);
        Assert.Empty(conversation.Draft);
        Assert.Empty(_chat.Store.OffersOf(_chat.Member!.Id));
    }

    [Fact]
    public async Task Cancel_MidRegistration_KeepsNoProfileAnswers()
    {
        await _chat.CommandAsync("start");
        await _chat.PressAsync("l.en");
        await _chat.PressAsync("r.f");
        await _chat.TextAsync("Ada");

        await _chat.PressAsync("x");

        Assert.Equal("", _chat.Member!.DisplayName);
        Assert.False(_chat.Member!.HasProfile);
        Assert.Empty(_chat.Conversation!.Draft);
    }

    [Fact]
    public async Task Restart_MidForm_ResumesAtSameQuestion()
    {
        await _chat.RegisterAndVerifyAsync();
        await _chat.CommandAsync("offer");
        await _chat.TextAsync("Database tuning");

        _chat.Restart();
        await _chat.TextAsync("I make slow queries fast.");

        Assert.Contains("Which skills", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Skills", _chat.Conversation!.State);
        Assert.Equal("Database tuning", _chat.Conversation!.Draft["Title"]);
    }

    [Fact]
    public async Task Restart_MidForm_HelpRepeatsTheOpenQuestion()
    {
        await _chat.CommandAsync("start");
        await _chat.PressAsync("l.en");
        await _chat.PressAsync("r.c");

        _chat.Restart();
        await _chat.CommandAsync("help");

        Assert.Contains("What name should others see", _chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveryId_SeenBefore_IsIgnored()
    {
        await _chat.CommandAsync("start");
        var first = await _chat.SendAsync(new ButtonInput(_chat.KeyOf("l.en")), "dup-1");
        var step = _chat.Conversation!.Step;

        var second = await _chat.SendAsync(new TextInput("anything"), "dup-1");

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Equal(step, _chat.Conversation!.Step);
        Assert.Equal("Role", _chat.Conversation!.State);
    }

    [Fact]
    public async Task Offer_ByUnverifiedMember_IsRefusedWithReason()
    {
        await _chat.RegisterAsync();
        await _chat.CommandAsync("menu");

        await _chat.CommandAsync("offer");

        Assert.Contains("Only verified members can post", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("", _chat.Conversation!.Flow);
        Assert.True(_chat.HasButton("m.verify"));
    }

    [Fact]
    public async Task Profile_OfUnverifiedMember_CanStillBeViewed()
    {
        await _chat.RegisterAsync("Grace");
        await _chat.CommandAsync("menu");

        await _chat.CommandAsync("profile");

        var card = Assert.Single(_chat.Last, r => r.Card is not null).Card!;
        Assert.Equal("Grace", card.Title);
        Assert.Contains(card.Fields, f => f.Value == "not verified yet");
    }

    [Fact]
    public async Task Profile_OfVerifiedMember_ShowsBadge()
    {
        await _chat.RegisterAndVerifyAsync("Grace");

        await _chat.CommandAsync("profile");

        var card = Assert.Single(_chat.Last, r => r.Card is not null).Card!;
        Assert.Equal("Grace ✅ verified", card.Title);
    }

    [Fact]
    public async Task Turn_WhenStoreFails_RepliesSomethingWentWrongAndDoesNotThrow()
    {
        await _chat.CommandAsync("start");
        _chat.Store.Dispose();

        var replies = await _chat.SendAsync(new ButtonInput("1:l.en"));

        Assert.Contains("Something went wrong", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Contains(_chat.Logs.Lines, l => l.StartsWith("Turn failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_BeforeAnyCommand_StartsRegistration()
    {
        await _chat.TextAsync("hello");

        Assert.Contains("Welcome to SkillShare", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("registration", _chat.Conversation!.Flow);
    }

    [Fact]
    public async Task UnknownCommand_SaysSoAndRepeatsStep()
    {
        await _chat.CommandAsync("start");

        await _chat.CommandAsync("frobnicate");

        Assert.Contains("don't know that command", _chat.LastText, StringComparison.Ordinal);
        Assert.Contains("Which language", _chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormOfOneField_IsReadAsTypedText()
    {
        await _chat.CommandAsync("start");
        await _chat.PressAsync("l.en");
        await _chat.PressAsync("r.f");

        await _chat.SendAsync(new FormInput("name", new Dictionary<string, string> { ["value"] = "Ada" }));

        Assert.Equal("Ada", _chat.Conversation!.Draft["name"]);
    }

    [Fact]
    public async Task Photo_AtPhotoStep_IsStoredByFileId()
    {
        await _chat.CommandAsync("start");
        await _chat.PressAsync("l.en");
        await _chat.PressAsync("r.b");
        foreach (var answer in new[] { "Ada", "Bio", "London", "English" })
            await _chat.TextAsync(answer);

        await _chat.SendAsync(new PhotoInput("AgACAgIAAxkBAAIB"));

        Assert.Equal("AgACAgIAAxkBAAIB", _chat.Member!.PhotoFileId);
        Assert.Equal("verification", _chat.Conversation!.Flow);
    }

    public void Dispose() => _chat.Dispose();
}
