using Microsoft.Extensions.Options;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>Checks the Teams section at start-up: https URLs (http on loopback only), complete credentials.</summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        if (!SafeUrl.IsPermitted(options.OpenIdMetadataUrl))
            failures.Add("Teams:OpenIdMetadataUrl must be https (plain http only on a loopback address).");
        if (!string.IsNullOrWhiteSpace(options.TokenEndpoint) && !SafeUrl.IsPermitted(options.TokenEndpoint))
            failures.Add("Teams:TokenEndpoint must be https (plain http only on a loopback address).");
        if (!options.LocalMode && string.IsNullOrWhiteSpace(options.AppPassword))
            failures.Add("Teams:AppPassword is required when Teams:AppId is set.");
        if (!options.LocalMode && string.IsNullOrWhiteSpace(options.TenantId)
            && string.IsNullOrWhiteSpace(options.TokenEndpoint))
            failures.Add("Teams:TenantId is required for a single-tenant bot.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
