namespace SkillShare.Bot.Channels.Teams;

/// <summary>The "Teams" configuration section: the bot's Entra app and where to check tokens.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The Bot Framework's published OpenID document.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The bot's Microsoft App ID; empty means local mode (loopback callers only, no token).</summary>
    public string AppId { get; set; } = "";

    public string AppPassword { get; set; } = "";

    /// <summary>The bot's own tenant (single-tenant bots).</summary>
    public string TenantId { get; set; } = "";

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Overrides the client-credentials token endpoint (a local test double).</summary>
    public string TokenEndpoint { get; set; } = "";

    /// <summary>Operators (aadObjectIds) allowed to approve companies.</summary>
    public IList<string> OperatorIds { get; } = [];

    /// <summary>How long a card action may take before it is answered "working on it" and finished later.</summary>
    public TimeSpan InvokeReplyBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest activity body accepted, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    public bool LocalMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The token endpoint to use: the override, or the tenant's Entra endpoint.</summary>
    public string EffectiveTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{Uri.EscapeDataString(TenantId)}/oauth2/v2.0/token"
        : TokenEndpoint;
}
