using SkillShare.Core.Skills.Extraction;

namespace SkillShare.Bot.Skills;

/// <summary>The extractor variants eval-skills --variants measures, from plain term overlap to the default.</summary>
internal static class ExtractionVariants
{
    private static readonly SkillExtractorOptions Plain = new()
    {
        UseAltLabels = false,
        Stem = false,
        CoverageExponent = 0,
        PhraseBonus = 0,
        DescriptionWeight = 0,
    };

    public static IReadOnlyList<(string Name, SkillExtractorOptions Options)> All { get; } =
    [
        ("literal: whole label in text, no alt labels", Plain with { CoverageExponent = 16 }),
        ("bm25: preferred labels", Plain),
        ("bm25: + alt labels", Plain with { UseAltLabels = true }),
        ("+ coverage^1", Plain with { UseAltLabels = true, CoverageExponent = 1 }),
        ("+ coverage^2", Plain with { UseAltLabels = true, CoverageExponent = 2 }),
        ("+ coverage^2 + stemming", Plain with { UseAltLabels = true, CoverageExponent = 2, Stem = true }),
        ("+ phrase bonus", new SkillExtractorOptions { DescriptionWeight = 0 }),
        ("+ descriptions 0.1 (default)", new SkillExtractorOptions()),
        ("default, descriptions 0.3", new SkillExtractorOptions { DescriptionWeight = 0.3 }),
        ("default, coverage^3", new SkillExtractorOptions { CoverageExponent = 3 }),
        ("default + hierarchy 0.2", new SkillExtractorOptions { HierarchyWeight = 0.2 }),
        ("default + hierarchy 0.5", new SkillExtractorOptions { HierarchyWeight = 0.5 }),
    ];
}
