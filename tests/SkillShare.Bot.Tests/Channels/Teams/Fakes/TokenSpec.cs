using Microsoft.IdentityModel.Tokens;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>What a minted token says; the defaults make a token the host must accept.</summary>
public sealed record TokenSpec(string ServiceUrl)
{
    public string Issuer { get; init; } = "https://api.botframework.com";

    public string Audience { get; init; } = TeamsHost.AppId;

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    /// <summary>Moves the token's whole lifetime in time (negative: issued and expired in the past).</summary>
    public TimeSpan Shift { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(10);
}
