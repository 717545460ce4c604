using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;

namespace SkillShare.Bot.Channels.Web;

/// <summary>
/// GET /web/api/panes/{pane}/events: the pane's server-sent event stream. It opens with a "ready"
/// event (so the page knows it is live), then carries every message pushed to the pane's conversation.
/// </summary>
public static class WebEvents
{
    public static IResult Stream(HttpContext http, string pane, WebSessionCookie cookie, WebPushHub hub,
        IHostApplicationLifetime lifetime)
    {
        var session = cookie.Read(http);
        var language = session?.Language ?? WebProblems.BrowserLanguage(http);
        if (WebChat.ParsePane(pane) is not { } which)
            return WebProblems.Of(http, language, WebRefusal.Of("web.error.unknown-pane"), 404);
        if (session is null)
            return WebProblems.Of(http, language, WebRefusal.Of("web.error.no-session"));

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.ServerSentEvents(ItemsAsync(hub, session.ConversationId(which),
            lifetime.ApplicationStopping, http.RequestAborted));
    }

    /// <summary>Ends when the page goes or the host stops, so an open page never holds a shutdown.</summary>
    private static async IAsyncEnumerable<SseItem<WebMessage?>> ItemsAsync(WebPushHub hub, string conversationId,
        CancellationToken stopping, [EnumeratorCancellation] CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping);
        var cancellationToken = linked.Token;
        var messages = hub.ListenAsync(conversationId, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            var next = messages.MoveNextAsync();
            yield return new SseItem<WebMessage?>(null, "ready");
            while (await NextAsync(next))
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

    /// <summary>False instead of an exception when the stream is cancelled, so the response ends cleanly.</summary>
    private static async Task<bool> NextAsync(ValueTask<bool> next)
    {
        try
        {
            return await next;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
