using SkillShare.Bot.Localization;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web;

/// <summary>Builds the ProblemDetails of a refused request: detail in the page's language, reason = text key.</summary>
public static class WebProblems
{
    public static IResult Of(HttpContext http, UiLanguage language, WebRefusal refusal, int status = 400) =>
        Results.Problem(
            statusCode: status,
            title: Texts.Default.Get(language, "web.error.title"),
            detail: Texts.Default.Get(language, refusal.TextKey, refusal.Args),
            instance: http.Request.Path,
            extensions: new Dictionary<string, object?> { ["reason"] = refusal.TextKey });

    public static UiLanguage BrowserLanguage(HttpContext http) =>
        UiLanguages.FromLanguageCode(http.Request.Headers.AcceptLanguage.ToString());
}
