using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Core.Posts;
using SkillShare.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the embedded LiteDB store and the Core store interfaces it implements.</summary>
public static class StorageServiceRegistration
{
    public static IHostApplicationBuilder AddSkillShareStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var environment = services.GetRequiredService<IHostEnvironment>();
            var path = Path.Combine(environment.ContentRootPath, options.Path);
            return LiteDbStore.OpenFile(path, services.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton<IConversationStore>(s => s.GetRequiredService<LiteDbStore>());
        builder.Services.AddSingleton<IMemberStore>(s => s.GetRequiredService<LiteDbStore>());
        builder.Services.AddSingleton<IPostStore>(s => s.GetRequiredService<LiteDbStore>());
        builder.Services.AddSingleton<IOutboxStore>(s => s.GetRequiredService<LiteDbStore>());
        builder.Services.AddSingleton<IMatchStore>(s => s.GetRequiredService<LiteDbStore>());
        builder.Services.AddSingleton<IModelStateStore>(s => s.GetRequiredService<LiteDbStore>());
        builder.Services.AddSingleton<IMemberConversations>(s => s.GetRequiredService<LiteDbStore>());
        return builder;
    }
}
