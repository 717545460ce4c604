using System.Net;
using Microsoft.IdentityModel.Tokens;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsAuthenticationTests : TeamsHostTestBase
{
    [Fact]
    public async Task Post_ValidToken_IsAccepted()
    {
        var response = await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Host.Engine.Turns);
    }

    [Fact]
    public async Task Post_NoBearerToken_Returns401()
    {
        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Host.Engine.Turns);
    }

    [Fact]
    public async Task Post_WrongIssuer_Returns401()
    {
        var token = Key.Mint(new TokenSpec(ServiceUrl) { Issuer = "https://sts.windows.net/evil/" });

        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenForAnotherBot_Returns401()
    {
        var token = Key.Mint(new TokenSpec(ServiceUrl) { Audience = "11111111-another-bot" });

        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenExpiredSixMinutesAgo_Returns401()
    {
        var token = Key.Mint(new TokenSpec(ServiceUrl) { Shift = TimeSpan.FromMinutes(-16) });

        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenExpiredFourMinutesAgo_IsAcceptedWithinSkew()
    {
        var token = Key.Mint(new TokenSpec(ServiceUrl) { Shift = TimeSpan.FromMinutes(-14) });

        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedWithRsaPss_Returns401()
    {
        var token = Key.Mint(new TokenSpec(ServiceUrl) { Algorithm = SecurityAlgorithms.RsaSsaPssSha256 });

        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedByUnpublishedKey_Returns401()
    {
        using var foreign = new TestSigningKey("key-of-someone-else");

        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"),
            foreign.Mint(new TokenSpec(ServiceUrl)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForTeams_Returns403()
    {
        using var skypeOnly = new TestSigningKey("key-skype", "skype");
        BotFramework.PublishedKeys = [Key, skypeOnly];

        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"),
            skypeOnly.Mint(new TokenSpec(ServiceUrl)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Host.Engine.Turns);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersFromActivity_Returns401()
    {
        var token = Key.Mint(new TokenSpec("https://smba.trafficmanager.net/amer/"));

        var response = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SigningKeyRotated_RefreshesMetadataOnUnknownKid()
    {
        var before = await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "a"));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        using var rotated = new TestSigningKey("key-2026-b");
        BotFramework.PublishedKeys = [rotated];

        var withNewKey = await PostAsync(TeamsActivities.PersonalMessage(ServiceUrl, "b", "2"),
            rotated.Mint(new TokenSpec(ServiceUrl)));
        var withRetiredKey = await PostSignedAsync(TeamsActivities.PersonalMessage(ServiceUrl, "c", "3"));

        Assert.Equal(HttpStatusCode.OK, withNewKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withRetiredKey.StatusCode);
        Assert.Equal(2, BotFramework.MetadataRequests);
    }
}
