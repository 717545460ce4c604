using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace SkillShare.Bot.Channels.Teams.Connector;

/// <summary>
/// The bot's outbound token: client credentials for the Bot Framework scope from the bot's own tenant,
/// cached until five minutes before it expires. Local mode (no AppId) sends no token.
/// </summary>
public sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<TeamsOptions> options,
    TimeProvider time) : IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";

    public const string HttpClientName = "teams-token";

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (options.Value.LocalMode)
            return null;

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || time.GetUtcNow() >= _renewAt)
                await RenewAsync(cancellationToken);
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.EffectiveTokenEndpoint;
        if (!SafeUrl.IsPermitted(endpoint))
            throw new InvalidOperationException("The Teams token endpoint must be https (http only on loopback).");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.AppId,
            ["client_secret"] = settings.AppPassword,
            ["scope"] = Scope,
        });
        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(new Uri(endpoint), form, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The token endpoint answered with no body.");

        _token = body.AccessToken;
        _renewAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(0, body.ExpiresIn)) - Margin;
    }

    public void Dispose() => _gate.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
