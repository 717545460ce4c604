namespace SkillShare.EndToEnd.Tests.Telegram;

/// <summary>The steps a freelancer takes on Telegram: registering up to the photo, posting an offer.</summary>
public static class TelegramJourney
{
    public static async Task RegisterUntilPhotoAsync(TelegramUser user, string name = "Ada <Dev>")
    {
        await user.SendTextAsync("/start");
        await user.WaitForReplyAsync("Which language should I use?");
        await user.PressAsync("English");
        await user.WaitForReplyAsync("to work, to hire");
        await user.PressAsync("Freelancer");
        await user.WaitForReplyAsync("What name should others see?");
        await user.SendTextAsync(name);
        await user.WaitForReplyAsync("Tell others about yourself");
        await user.SendTextAsync("Backend developer & mentor.");
        await user.WaitForReplyAsync("Where are you?");
        await user.SendTextAsync("Europe/Berlin");
        await user.WaitForReplyAsync("Which languages do you speak?");
        await user.SendTextAsync("English, German");
        await user.WaitForReplyAsync("profile photo");
    }

    /// <summary>Posts and publishes a remote offer for 20 hours a week.</summary>
    public static async Task PostOfferAsync(TelegramUser user, string title = "Go & Postgres backend work",
        string skills = "postgres, Go", string rate = "45 USD")
    {
        await user.SendTextAsync("/offer");
        await user.WaitForReplyAsync("What's its title?");
        await user.SendTextAsync(title);
        await user.WaitForReplyAsync("Describe what you offer");
        await user.SendTextAsync("APIs, data models, <b>fast</b> queries.");
        await user.WaitForReplyAsync("Which skills");
        await user.SendTextAsync(skills);
        await user.WaitForReplyAsync("hourly rate");
        await user.SendTextAsync(rate);
        await user.WaitForReplyAsync("hours a week");
        await user.SendTextAsync("20");
        await user.WaitForReplyAsync("Remote or on-site?");
        await user.PressAsync("Remote");
        var card = await user.WaitForReplyAsync(title.Replace("&", "&amp;", StringComparison.Ordinal));
        Assert.Contains(card.Buttons, b => b.Label == "Publish");
        await user.PressAsync("Publish");
        await user.WaitForReplyAsync("Your offer is published.");
    }
}
