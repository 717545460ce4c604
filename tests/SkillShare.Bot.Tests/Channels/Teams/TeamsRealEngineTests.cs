using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Localization;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsRealEngineTests : TeamsHostTestBase
{
    protected override bool RealEngine => true;

    [Fact]
    public async Task Start_PersonOfApprovedCompany_GetsTheFlowsWelcomeAsAReply()
    {
        await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "/start"));

        var call = (await BotFramework.WaitForCallsAsync(1))[0];
        Assert.Equal(Texts.Default.Get(UiLanguage.English, "flows.welcome"), call.Text);
        Assert.EndsWith("/activities/1733300000001", call.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondTurn_PersonOfApprovedCompany_IsVerifiedByTheTenant()
    {
        await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "/start"));

        await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "Ada", "1733300000002"));

        var member = Host.Services.GetRequiredService<IMemberStore>()
            .FindByIdentity(new ChannelIdentity(ChannelKind.Teams, TeamsActivities.UserAad));
        Assert.True(member?.IsVerified);
    }
}
