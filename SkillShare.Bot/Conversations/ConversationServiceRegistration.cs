using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillShare.Bot.Flows;
using SkillShare.Bot.Flows.Posting;
using SkillShare.Bot.Flows.Verification;
using SkillShare.Bot.Localization;
using SkillShare.Core.Skills;

namespace SkillShare.Bot.Conversations;

/// <summary>Registers the conversation engine, its flows and what they need.</summary>
public static class ConversationServiceRegistration
{
    /// <summary>
    /// Adds <see cref="IConversationEngine"/>. Needs the stores (IConversationStore, IMemberStore,
    /// IPostStore) and a TimeProvider registered by the host.
    /// </summary>
    public static WebApplicationBuilder AddConversations(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(_ => PhoneHashKey.Load(configuration, contentRoot));
        builder.Services.AddConversations();
        return builder;
    }

    /// <summary>The engine's services, given a <see cref="PhoneHashKey"/> registered by the caller.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton(Texts.Default);
        // The starter taxonomy knows the everyday synonyms ("postgres"); a host may register its own normalizer.
        services.TryAddSingleton(_ => new SkillNormalizer(SkillTaxonomy.Starter));
        services.TryAddSingleton<VerifiedMemberPolicy>();
        services.TryAddSingleton<IPostingPolicy>(s => s.GetRequiredService<VerifiedMemberPolicy>());
        services.AddSingleton<FlowServices>();
        services.AddSingleton<IConversationEngine, ConversationEngine>();
        return services;
    }
}
