using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;

namespace SkillShare.Bot.Channels.Web;

/// <summary>
/// GET /web/api/panes/{pane}/events: the pane's server-sent event stream. It opens with a "ready"
/// event (so the page knows it is live), then carries every message pushed to the pane's conversation.
/// </summary>
public static class WebEvents
{
    public static IResult Stream(HttpContext http, string pane, WebSessionCookie cookie, WebPushHub hub)
    {
        var session = cookie.Read(http);
        var language = session?.Language ?? WebProblems.BrowserLanguage(http);
        if (WebChat.ParsePane(pane) is not { } which)
            return WebProblems.Of(http, language, WebRefusal.Of("web.error.unknown-pane"), 404);
        if (session is null)
            return WebProblems.Of(http, language, WebRefusal.Of("web.error.no-session"));

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.ServerSentEvents(ItemsAsync(hub, session.ConversationId(which), http.RequestAborted));
    }

    private static async IAsyncEnumerable<SseItem<WebMessage?>> ItemsAsync(WebPushHub hub, string conversationId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var messages = hub.ListenAsync(conversationId, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            var next = messages.MoveNextAsync();
            yield return new SseItem<WebMessage?>(null, "ready");
            while (await next)
            {
                yield return new SseItem<WebMessage?>(messages.Current, "message");
                next = messages.MoveNextAsync();
            }
        }
        finally
        {
            await messages.DisposeAsync();
        }
    }
}
