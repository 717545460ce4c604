using SkillShare.Core.Skills;
using SkillShare.Core.Skills.Extraction;
using SkillShare.Storage;

namespace SkillShare.Bot.Skills;

/// <summary>
/// Registers the skill taxonomy (the imported one kept in LiteDB, else the starter taxonomy that
/// ships inside the product) and the skill extractor built over it. Both are built on first use;
/// a new import is picked up at the next start.
/// </summary>
public static class SkillServiceRegistration
{
    public static WebApplicationBuilder AddSkillShareSkills(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ISkillTaxonomyStore>(s =>
            new LiteDbSkillTaxonomyStore(s.GetRequiredService<LiteDbStore>().Database));
        builder.Services.AddSingleton(s => s.GetRequiredService<ISkillTaxonomyStore>().Load() ?? SkillTaxonomy.Starter);
        builder.Services.AddSingleton(s => new SkillExtractor(s.GetRequiredService<SkillTaxonomy>()));
        return builder;
    }
}
