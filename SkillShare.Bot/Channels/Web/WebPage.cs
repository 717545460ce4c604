using System.Collections.Frozen;
using System.Reflection;

namespace SkillShare.Bot.Channels.Web;

/// <summary>
/// Serves the page's three files (embedded in the assembly, so no wwwroot or build step is needed),
/// with a content security policy that allows only this origin's own script and style.
/// </summary>
public static class WebPage
{
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, (string ContentType, byte[] Content)> Files =
        new Dictionary<string, (string, byte[])>(StringComparer.Ordinal)
        {
            ["index.html"] = ("text/html; charset=utf-8", Load("index.html")),
            ["chat.css"] = ("text/css; charset=utf-8", Load("chat.css")),
            ["chat.js"] = ("text/javascript; charset=utf-8", Load("chat.js")),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IResult Serve(HttpContext http, string file)
    {
        if (!Files.TryGetValue(file, out var entry))
            return Results.NotFound();

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return Results.Bytes(entry.Content, entry.ContentType);
    }

    private static byte[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("SkillShare.Bot.Channels.Web.Page." + name)
            ?? throw new InvalidOperationException($"The web page file {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
