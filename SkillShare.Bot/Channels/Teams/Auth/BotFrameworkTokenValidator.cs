using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SkillShare.Bot.Channels.Teams.Protocol;

namespace SkillShare.Bot.Channels.Teams.Auth;

/// <summary>
/// The eight rules a Bot Framework request must pass: bearer present, signed by a key of the published
/// metadata (refreshed on an unknown key id), issuer, audience, lifetime within 5 minutes of skew,
/// RS256/384/512, the key endorsed for the channel, and the serviceurl claim equal to the activity's.
/// </summary>
public sealed class BotFrameworkTokenValidator(
    IOptions<TeamsOptions> options,
    IConfigurationManager<OpenIdConnectConfiguration> metadata)
{
    public const string Issuer = "https://api.botframework.com";

    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthResult> ValidateAsync(string? authorization, BotActivity activity,
        CancellationToken cancellationToken)
    {
        if (!TryReadBearer(authorization, out var token))
            return AuthResult.Unauthorized("missing bearer token");

        var (result, config) = await ValidateSignedTokenAsync(token, cancellationToken);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
            return AuthResult.Unauthorized(result.Exception?.GetType().Name ?? "invalid token");

        if (!IsEndorsed(config, jwt.Kid, activity.ChannelId))
            return AuthResult.Forbidden("signing key not endorsed for the channel");

        return ServiceUrlMatches(jwt, activity.ServiceUrl)
            ? AuthResult.Ok("token valid")
            : AuthResult.Unauthorized("serviceurl claim does not match the activity");
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Config)> ValidateSignedTokenAsync(
        string token, CancellationToken cancellationToken)
    {
        var config = await metadata.GetConfigurationAsync(cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(config));
        if (result.IsValid || result.Exception is not SecurityTokenSignatureKeyNotFoundException)
            return (result, config);

        metadata.RequestRefresh();
        config = await metadata.GetConfigurationAsync(cancellationToken);
        return (await _handler.ValidateTokenAsync(token, Parameters(config)), config);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = options.Value.AppId,
        IssuerSigningKeys = config.SigningKeys,
        ValidAlgorithms = Algorithms,
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
    };

    private static bool TryReadBearer(string? authorization, out string token)
    {
        const string Scheme = "Bearer ";
        token = "";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return false;

        token = authorization[Scheme.Length..].Trim();
        return token.Length > 0;
    }

    private static bool IsEndorsed(OpenIdConnectConfiguration config, string kid, string? channelId)
    {
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || channelId is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
            return false;

        return value is JsonElement { ValueKind: JsonValueKind.Array } list && list.EnumerateArray().Any(e =>
            e.ValueKind == JsonValueKind.String && string.Equals(e.GetString(), channelId, StringComparison.Ordinal));
    }

    private static bool ServiceUrlMatches(JsonWebToken jwt, string? serviceUrl) =>
        jwt.TryGetPayloadValue<string>("serviceurl", out var claim)
        && string.Equals(claim, serviceUrl, StringComparison.OrdinalIgnoreCase);
}
