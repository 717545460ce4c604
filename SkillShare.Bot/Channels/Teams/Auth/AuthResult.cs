namespace SkillShare.Bot.Channels.Teams.Auth;

/// <summary>The verdict on an inbound request: accepted, or refused with the HTTP status and a reason.</summary>
public sealed record AuthResult(int StatusCode, string Reason)
{
    public bool Accepted => StatusCode == StatusCodes.Status200OK;

    public static AuthResult Ok(string reason) => new(StatusCodes.Status200OK, reason);

    public static AuthResult Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason);

    public static AuthResult Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason);
}
