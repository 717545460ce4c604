using Microsoft.Extensions.DependencyInjection;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.EndToEnd.Tests.Telegram;

/// <summary>
/// A person on Telegram, through the telegram-test-api emulator, against the real host in polling
/// mode: registers, verifies with their own contact, posts a skill offer; and a restart mid-form.
/// </summary>
public sealed class TelegramJourneyTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>, IDisposable
{
    private readonly string _dataFile = Path.Combine(Path.GetTempPath(), $"skillshare-e2e-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        var prefix = Path.GetFileNameWithoutExtension(_dataFile);
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), prefix + "*"))
            File.Delete(file);
    }

    [Fact]
    public async Task Journey_RegisterVerifyAndPublishOffer_OfferIsStoredForVerifiedMember()
    {
        using var host = new PollingHost(emulator.BaseUrl, _dataFile).Start();
        using var user = new TelegramUser(emulator.BaseUrl, PollingHost.BotToken, userId: 7001);

        await TelegramJourney.RegisterUntilPhotoAsync(user);
        await user.SendPhotoAsync("ada");
        await user.WaitForReplyAsync("verify your phone");
        await user.SendContactAsync("+15551234567", contactUserId: 9999);
        await user.WaitForReplyAsync("someone else's contact");
        await user.SendContactAsync("+15551234567", contactUserId: user.UserId);
        await user.WaitForReplyAsync("verified");
        await TelegramJourney.PostOfferAsync(user);

        var members = host.Services.GetRequiredService<IMemberStore>();
        var member = members.FindByIdentity(new ChannelIdentity(ChannelKind.Telegram, "7001"));
        Assert.NotNull(member);
        Assert.True(member.IsVerified);
        Assert.Equal("Ada <Dev>", member.DisplayName);
        Assert.Equal("ada-large", member.PhotoFileId);
        var offer = Assert.Single(host.Services.GetRequiredService<IPostStore>().OffersOf(member.Id));
        Assert.Equal(PostStatus.Published, offer.Status);
        Assert.Contains(offer.Skills, s => s.Label == "PostgreSQL" && s.IsKnown);
    }

    [Fact]
    public async Task Restart_MidRegistration_ContinuesAtTheSameQuestion()
    {
        using var user = new TelegramUser(emulator.BaseUrl, PollingHost.BotToken, userId: 7002);
        using (new PollingHost(emulator.BaseUrl, _dataFile).Start())
        {
            await user.SendTextAsync("/start");
            await user.WaitForReplyAsync("Which language should I use?");
            await user.PressAsync("English");
            await user.WaitForReplyAsync("to work, to hire");
            await user.PressAsync("Freelancer");
            await user.WaitForReplyAsync("What name should others see?");
        }

        using var restarted = new PollingHost(emulator.BaseUrl, _dataFile).Start();
        await user.SendTextAsync("Grace");
        var next = await user.WaitForReplyAsync("Tell others about yourself");

        Assert.Contains(next.Buttons, b => b.Label == "Skip");
        var state = restarted.Services.GetRequiredService<IConversationStore>().Find("Telegram:7002");
        Assert.Equal("Bio", state?.State);
        Assert.Contains("Grace", state!.Draft.Values);
    }
}
