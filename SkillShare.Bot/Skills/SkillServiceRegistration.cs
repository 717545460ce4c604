using SkillShare.Core.Skills;
using SkillShare.Core.Skills.Extraction;
using SkillShare.Storage;

namespace SkillShare.Bot.Skills;

/// <summary>
/// Registers the skill taxonomy (the imported one kept in LiteDB, else the starter taxonomy that
/// ships inside the product), the skill extractor and the flows' normalizer over it. Built on
/// first use; a new import is picked up at the next start. Call before AddConversations, which
/// only adds a starter normalizer when none is registered.
/// </summary>
public static class SkillServiceRegistration
{
    public static WebApplicationBuilder AddSkillShareSkills(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISkillTaxonomyStore>(s =>
            new LiteDbSkillTaxonomyStore(s.GetRequiredService<LiteDbStore>().Database));
        builder.Services.AddSingleton(s => s.GetRequiredService<ISkillTaxonomyStore>().Load() ?? SkillTaxonomy.Starter);
        builder.Services.AddSingleton(s => new SkillExtractor(s.GetRequiredService<SkillTaxonomy>()));
        builder.Services.AddSingleton(s => new SkillNormalizer(s.GetRequiredService<SkillTaxonomy>()));
        return builder;
    }
}
