using SkillShare.Bot.Channels.Teams;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsOptionsValidatorTests
{
    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/openid", true)]
    [InlineData("http://[::1]:5000/openid", true)]
    [InlineData("http://localhost:5000/openid", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://10.0.0.4/openid", false)]
    [InlineData("ftp://127.0.0.1/openid", false)]
    public void Validate_OpenIdMetadataUrl_HttpOnlyOnLoopback(string url, bool valid)
    {
        var options = new TeamsOptions { OpenIdMetadataUrl = url };

        var result = new TeamsOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Validate_PlainHttpTokenEndpointOffLoopback_Fails()
    {
        var options = new TeamsOptions
        {
            AppId = "app",
            AppPassword = "pw",
            TenantId = "t",
            TokenEndpoint = "http://login.example.org/token",
        };

        var result = new TeamsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("TokenEndpoint", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AppIdWithoutPassword_Fails()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions { AppId = "app", TenantId = "t" });

        Assert.True(result.Failed);
    }

    [Fact]
    public void EffectiveTokenEndpoint_NoOverride_IsTheTenantsEntraEndpoint()
    {
        var options = new TeamsOptions { TenantId = "contoso.onmicrosoft.com" };

        Assert.Equal("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
            options.EffectiveTokenEndpoint);
    }
}
