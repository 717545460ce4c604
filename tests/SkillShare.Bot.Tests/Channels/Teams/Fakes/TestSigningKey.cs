using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SkillShare.Bot.Tests.Channels.Teams.Fakes;

/// <summary>An RSA key of the fake Bot Framework: mints tokens and describes itself as a JWKS entry.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements.Length == 0 ? ["msteams"] : endorsements;
    }

    public string Kid { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public string Mint(TokenSpec spec)
    {
        var key = new RsaSecurityKey(_rsa) { KeyId = Kid };
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = now + spec.Shift - TimeSpan.FromMinutes(1),
            NotBefore = now + spec.Shift - TimeSpan.FromMinutes(1),
            Expires = now + spec.Shift + spec.Lifetime,
            SigningCredentials = new SigningCredentials(key, spec.Algorithm),
            Claims = new Dictionary<string, object> { ["serviceurl"] = spec.ServiceUrl },
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(false);
        var endorsements = new JsonArray();
        foreach (var channel in Endorsements)
            endorsements.Add(channel);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = endorsements,
        };
    }

    public void Dispose() => _rsa.Dispose();
}
