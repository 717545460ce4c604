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
        DropBoilerplate = false,
    };

    private static readonly SkillExtractorOptions Default = new();

    public static IReadOnlyList<(string Name, SkillExtractorOptions Options)> All { get; } =
    [
        ("literal: whole preferred label in text", Plain with { CoverageExponent = 16 }),
        ("bm25: preferred labels", Plain),
        ("bm25: + alt labels", Plain with { UseAltLabels = true, AltLabelWeight = 1 }),
        ("+ label coverage^2", Plain with { UseAltLabels = true, AltLabelWeight = 1, CoverageExponent = 2 }),
        ("+ stemming", Default with
        {
            AltLabelWeight = 1, PhraseBonus = 0, DescriptionWeight = 0, DropBoilerplate = false,
        }),
        ("+ phrase bonus", Default with { AltLabelWeight = 1, DescriptionWeight = 0, DropBoilerplate = false }),
        ("+ descriptions 0.1", Default with { AltLabelWeight = 1, DropBoilerplate = false }),
        ("+ alt labels x0.5", Default with { DropBoilerplate = false }),
        ("+ job-ad boilerplate dropped (default)", Default),
        ("default, alt labels x0.3", Default with { AltLabelWeight = 0.3 }),
        ("default, alt labels x0.8", Default with { AltLabelWeight = 0.8 }),
        ("default, coverage^1", Default with { CoverageExponent = 1 }),
        ("default, coverage^3", Default with { CoverageExponent = 3 }),
        ("default, no phrase bonus", Default with { PhraseBonus = 0 }),
        ("default, no stemming", Default with { Stem = false }),
        ("default, no descriptions", Default with { DescriptionWeight = 0 }),
        ("default, descriptions 0.3", Default with { DescriptionWeight = 0.3 }),
        ("default + hierarchy 0.2", Default with { HierarchyWeight = 0.2 }),
        ("default + hierarchy 0.5", Default with { HierarchyWeight = 0.5 }),
    ];
}
