using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Hosting;

namespace SkillShare.Bot.Channels.Web;

/// <summary>Wires the local web chat: its options, the host's URLs, its services and its endpoints.</summary>
public static class WebChannelRegistration
{
    /// <summary>The largest post body the page's endpoints read.</summary>
    private const long MaxBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddWebChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebOptions>()
            .BindConfiguration(WebOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        UseConfiguredUrls(builder);

        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.Name = "skillshare.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddSingleton<WebSessionCookie>();
        builder.Services.AddSingleton<WebTurns>();
        builder.Services.AddSingleton<WebChat>();
        builder.Services.AddSingleton<WebPushHub>();
        builder.Services.AddSingleton<WebSender>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, WebSender>(
            s => s.GetRequiredService<WebSender>()));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelStatus, WebChannelStatus>());
        return builder;
    }

    public static WebApplication MapWebChannel(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebChannelRegistration));
        if (!options.Enabled)
        {
            Log.Off(logger);
            return app;
        }

        app.Lifetime.ApplicationStarted.Register(() => LogWhereListening(app.Services, logger));
        app.MapGet("/", (HttpContext http) => WebPage.Serve(http, "index.html")).ExcludeFromDescription();
        app.MapGet("/web/{file}", WebPage.Serve).ExcludeFromDescription();
        MapApi(app.MapGroup("/web/api").ExcludeFromDescription());
        return app;
    }

    private static void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/session", (HttpContext http, WebChat chat) => chat.Session(http));
        api.MapGet("/panes/{pane}/events", WebEvents.Stream).DisableRequestTimeout();

        var posts = api.MapGroup("").WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        posts.MapPost("/language", (HttpContext http, WebChat chat, CancellationToken ct) =>
            chat.LanguageAsync(http, ct));
        posts.MapPost("/panes/{pane}/restart", (HttpContext http, string pane, WebChat chat) =>
            chat.RestartAsync(http, pane));
        posts.MapPost("/panes/{pane}/text", (HttpContext http, string pane, WebChat chat,
            [FromServices] IConversationEngine engine, CancellationToken ct) =>
            chat.TextAsync(http, pane, engine, ct));
        posts.MapPost("/panes/{pane}/button", (HttpContext http, string pane, WebChat chat,
            [FromServices] IConversationEngine engine, CancellationToken ct) =>
            chat.ButtonAsync(http, pane, engine, ct));
        posts.MapPost("/panes/{pane}/form", (HttpContext http, string pane, WebChat chat,
            [FromServices] IConversationEngine engine, CancellationToken ct) =>
            chat.FormAsync(http, pane, engine, ct));
    }

    /// <summary>Web:Urls sets the host's URLs unless --urls or ASPNETCORE_URLS already did.</summary>
    private static void UseConfiguredUrls(WebApplicationBuilder builder)
    {
        var urls = builder.Configuration[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"];
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]) &&
            !string.IsNullOrWhiteSpace(urls))
            builder.WebHost.UseUrls(urls);
    }

    private static void LogWhereListening(IServiceProvider services, ILogger logger)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
            return;

        var urls = string.Join(";", addresses);
        if (addresses.All(IsLoopback))
            Log.LocalOnly(logger, urls);
        else
            Log.BeyondLoopback(logger, urls);
    }

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("*", "0.0.0.0", StringComparison.Ordinal)
                .Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return false;

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
