using System.Text.Json;
using Microsoft.Extensions.Options;
using SkillShare.Bot.Channels.Teams.Auth;
using SkillShare.Bot.Channels.Teams.Protocol;

namespace SkillShare.Bot.Channels.Teams;

/// <summary>
/// POST /api/messages: size limit, parse, shape checks, authentication (or loopback-only local mode),
/// the tenant of a known conversation, then dispatch. Every refusal is a 4xx with a reason.
/// </summary>
public sealed class TeamsEndpoint(
    IOptions<TeamsOptions> options,
    BotFrameworkTokenValidator validator,
    TeamsConversations conversations,
    TeamsActivityHandler handler,
    ILogger<TeamsEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (!options.Value.LocalMode && string.IsNullOrEmpty(context.Request.Headers.Authorization))
            return Refuse(StatusCodes.Status401Unauthorized, "missing bearer token");

        var body = await ReadBodyAsync(context.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (body is null)
            return Refuse(StatusCodes.Status413PayloadTooLarge, "activity body too large");
        if (Parse(body) is not { } activity)
            return Refuse(StatusCodes.Status400BadRequest, "malformed JSON");
        if (ShapeProblem(activity) is { } problem)
            return Refuse(StatusCodes.Status400BadRequest, problem);

        var auth = await AuthenticateAsync(context, activity, cancellationToken);
        if (!auth.Accepted)
            return Refuse(auth.StatusCode, auth.Reason);
        if (TenantChanged(activity))
            return Refuse(StatusCodes.Status403Forbidden, "tenant differs from the conversation's tenant");

        return await handler.HandleAsync(activity, cancellationToken);
    }

    private Task<AuthResult> AuthenticateAsync(HttpContext context, BotActivity activity,
        CancellationToken cancellationToken)
    {
        if (!options.Value.LocalMode)
            return validator.ValidateAsync(context.Request.Headers.Authorization, activity, cancellationToken);

        return Task.FromResult(SafeUrl.IsLoopback(context.Connection.RemoteIpAddress)
            ? AuthResult.Ok("local mode, loopback caller")
            : AuthResult.Unauthorized("local mode accepts loopback callers only"));
    }

    private bool TenantChanged(BotActivity activity)
    {
        var stored = conversations.StoredTenant(TeamsConversations.KeyFor(activity.Conversation!.Id!));
        return stored is not null && !string.Equals(stored, activity.TenantId, StringComparison.Ordinal);
    }

    private static string? ShapeProblem(BotActivity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
            return "activity type missing";
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
            return "serviceUrl missing";
        if (!SafeUrl.IsPermitted(activity.ServiceUrl))
            return "serviceUrl must be https (plain http only on a loopback address)";

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return "conversation id missing";

        // A person's turn needs a person: without from.id every such activity would share one identity.
        var fromPerson = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            or ActivityTypes.InstallationUpdate;
        return fromPerson && string.IsNullOrWhiteSpace(activity.From?.Id) ? "from.id missing" : null;
    }

    private static BotActivity? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<BotActivity>(body, TeamsJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The body, or null when it is larger than the limit (read no further than limit + 1 bytes).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            return null;

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private IResult Refuse(int status, string reason)
    {
        Log.Refused(logger, status, reason);
        return Results.Json(new { error = reason }, statusCode: status);
    }
}
