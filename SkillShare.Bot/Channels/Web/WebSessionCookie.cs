using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web;

/// <summary>
/// Keeps the <see cref="WebSession"/> in one cookie, protected by ASP.NET Core data protection:
/// HttpOnly, SameSite=Strict, Secure when the page came over HTTPS. A tampered cookie reads as none.
/// </summary>
public sealed class WebSessionCookie(IDataProtectionProvider protection)
{
    public const string Name = "skillshare.web";

    private readonly IDataProtector _protector = protection.CreateProtector("SkillShare.Web.Session.v1");

    public WebSession? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
            return null;

        try
        {
            var session = JsonSerializer.Deserialize<WebSession>(_protector.Unprotect(value));
            return session is { FreelancerId.Length: > 0, ClientId.Length: > 0 } ? session : null;
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public void Write(HttpContext context, WebSession session)
    {
        var value = _protector.Protect(JsonSerializer.Serialize(session));
        context.Response.Cookies.Append(Name, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(30),
        });
    }

    /// <summary>The session of the request, or a new one (written back) in the browser's language.</summary>
    public WebSession ReadOrStart(HttpContext context)
    {
        if (Read(context) is { } session)
            return session;

        var language = UiLanguages.FromLanguageCode(context.Request.Headers.AcceptLanguage.ToString());
        session = WebSession.New(language);
        Write(context, session);
        return session;
    }
}
