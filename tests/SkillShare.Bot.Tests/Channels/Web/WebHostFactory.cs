using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Tests.Channels.Web;

/// <summary>
/// The real host over a temp data file, with the scripted engine in place of the flows unless
/// <see cref="RealEngine"/> is set.
/// </summary>
public class WebHostFactory : WebApplicationFactory<Program>
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "skillshare-tests", Guid.NewGuid().ToString("N"));

    public ScriptedEngine Engine { get; } = new();

    protected virtual bool RealEngine => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Path", Path.Combine(_folder, "skillshare.db"));
        builder.UseSetting("Web:MaxTextLength", "100");
        builder.UseSetting("Web:MaxFormFields", "5");
        builder.UseSetting("Verification:PhoneHashKeyFile", Path.Combine(_folder, "phone-hash.key"));
        if (RealEngine)
            return;

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConversationEngine>();
            services.AddSingleton<IConversationEngine>(Engine);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
