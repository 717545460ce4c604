using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web;

/// <summary>
/// The handlers behind the page: each post is checked (anti-forgery token, session, pane, body),
/// mapped to a turn and answered with the engine's replies. Bad input gets a 4xx ProblemDetails
/// whose detail is in the page's language and whose "reason" extension is the text key.
/// </summary>
public sealed class WebChat(
    WebSessionCookie cookie,
    WebTurns turns,
    IAntiforgery antiforgery,
    IOptions<WebOptions> options,
    ILogger<WebChat> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IResult Session(HttpContext http)
    {
        var session = cookie.ReadOrStart(http);
        return Results.Ok(SessionView(http, session));
    }

    public async Task<IResult> LanguageAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var (session, refusal) = await CheckPostAsync(http, "-");
        if (refusal is not null)
            return refusal;

        var (body, bodyRefusal) = await ReadBodyAsync<WebLanguagePost>(http, session!.Language, cancellationToken);
        if (bodyRefusal is not null)
            return bodyRefusal;
        if (body!.Language is not ("en" or "zh"))
            return Refuse(http, session.Language, "-", WebRefusal.Of("web.error.language"));

        session = session with { Language = body.Language == "zh" ? UiLanguage.Chinese : UiLanguage.English };
        cookie.Write(http, session);
        return Results.Ok(SessionView(http, session));
    }

    public async Task<IResult> RestartAsync(HttpContext http, string pane)
    {
        var (session, refusal) = await CheckPostAsync(http, pane);
        if (refusal is not null)
            return refusal;
        if (ParsePane(pane) is not { } which)
            return UnknownPane(http, session!.Language, pane);

        session = session!.Restart(which);
        cookie.Write(http, session);
        Log.Restarted(logger, which);
        return Results.Ok(SessionView(http, session));
    }

    public Task<IResult> TextAsync(HttpContext http, string pane, IConversationEngine engine,
        CancellationToken cancellationToken) =>
        TurnAsync<WebTextPost>(http, pane, engine, turns.FromText, cancellationToken);

    public Task<IResult> ButtonAsync(HttpContext http, string pane, IConversationEngine engine,
        CancellationToken cancellationToken) =>
        TurnAsync<WebButtonPost>(http, pane, engine, turns.FromButton, cancellationToken);

    public Task<IResult> FormAsync(HttpContext http, string pane, IConversationEngine engine,
        CancellationToken cancellationToken) =>
        TurnAsync<WebFormPost>(http, pane, engine, turns.FromForm, cancellationToken);

    private async Task<IResult> TurnAsync<TPost>(HttpContext http, string pane, IConversationEngine engine,
        Func<WebSession, WebPane, TPost, (Turn?, WebRefusal?)> map, CancellationToken cancellationToken)
        where TPost : class
    {
        var (session, refusal) = await CheckPostAsync(http, pane);
        if (refusal is not null)
            return refusal;
        if (ParsePane(pane) is not { } which)
            return UnknownPane(http, session!.Language, pane);

        var (body, bodyRefusal) = await ReadBodyAsync<TPost>(http, session!.Language, cancellationToken);
        if (bodyRefusal is not null)
            return bodyRefusal;

        var (turn, mapRefusal) = map(session, which, body!);
        if (mapRefusal is not null)
            return Refuse(http, session.Language, pane, mapRefusal);

        var replies = await engine.HandleAsync(turn!, cancellationToken);
        var messages = replies.Select(r => WebMessage.From(r, turn!.SourceMessageId, pushed: false)).ToList();
        return Results.Ok(new { replies = messages });
    }

    /// <summary>Every post needs the anti-forgery token and the session cookie.</summary>
    private async Task<(WebSession?, IResult?)> CheckPostAsync(HttpContext http, string pane)
    {
        var session = cookie.Read(http);
        var language = session?.Language ?? WebProblems.BrowserLanguage(http);
        if (!await antiforgery.IsRequestValidAsync(http))
            return (null, Refuse(http, language, pane, WebRefusal.Of("web.error.antiforgery")));

        return session is null
            ? (null, Refuse(http, language, pane, WebRefusal.Of("web.error.no-session")))
            : (session, null);
    }

    private async Task<(T?, IResult?)> ReadBodyAsync<T>(HttpContext http, UiLanguage language,
        CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json, cancellationToken);
            return body is null
                ? (null, Refuse(http, language, "-", WebRefusal.Of("web.error.bad-json")))
                : (body, null);
        }
        catch (JsonException)
        {
            return (null, Refuse(http, language, "-", WebRefusal.Of("web.error.bad-json")));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Refuse(http, language, "-", WebRefusal.Of("web.error.too-large"), 413));
        }
    }

    internal static WebPane? ParsePane(string pane) =>
        Enum.GetValues<WebPane>().Select(p => (WebPane?)p)
            .FirstOrDefault(p => string.Equals(p.ToString(), pane, StringComparison.OrdinalIgnoreCase));

    private IResult UnknownPane(HttpContext http, UiLanguage language, string pane) =>
        Refuse(http, language, pane, WebRefusal.Of("web.error.unknown-pane"), 404);

    private IResult Refuse(HttpContext http, UiLanguage language, string pane, WebRefusal refusal, int status = 400)
    {
        Log.Refused(logger, ParsePane(pane)?.ToString() ?? "-", refusal.TextKey);
        return WebProblems.Of(http, language, refusal, status);
    }

    private object SessionView(HttpContext http, WebSession session) => new
    {
        token = antiforgery.GetAndStoreTokens(http).RequestToken,
        language = session.Language == UiLanguage.Chinese ? "zh" : "en",
        strings = WebPageStrings.For(session.Language),
        panes = new Dictionary<string, string>
        {
            ["freelancer"] = session.FreelancerId[..7],
            ["client"] = session.ClientId[..7],
        },
        maxTextLength = options.Value.MaxTextLength,
    };
}
