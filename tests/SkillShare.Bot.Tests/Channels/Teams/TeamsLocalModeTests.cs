using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using SkillShare.Bot.Tests.Channels.Teams.Fakes;

namespace SkillShare.Bot.Tests.Channels.Teams;

public sealed class TeamsLocalModeTests : TeamsHostTestBase
{
    protected override bool LocalMode => true;

    [Fact]
    public async Task Post_LocalModeFromLoopbackWithoutToken_IsAccepted()
    {
        var context = await PostFromAsync(IPAddress.Loopback);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Single(Host.Engine.Turns);
    }

    [Fact]
    public async Task Post_LocalModeFromOtherAddress_Returns401()
    {
        var context = await PostFromAsync(IPAddress.Parse("10.1.2.3"));

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Empty(Host.Engine.Turns);
    }

    [Fact]
    public async Task Post_LocalModeWithForgedToken_StillNeedsLoopback()
    {
        using var forger = new TestSigningKey("forged");

        var context = await PostFromAsync(IPAddress.Parse("203.0.113.7"), forger.Mint(new TokenSpec(ServiceUrl)));

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    private async Task<HttpContext> PostFromAsync(IPAddress remote, string? token = null)
    {
        var body = Encoding.UTF8.GetBytes(TeamsActivities.PersonalMessage(ServiceUrl, "hi").ToJsonString());
        return await Host.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = remote;
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/api/messages";
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(body);
            if (token is not null)
                context.Request.Headers.Authorization = "Bearer " + token;
        });
    }
}
