namespace SkillShare.Core.Skills.Extraction;

/// <summary>
/// The knobs of <see cref="SkillExtractor"/>. The defaults are the variant that measured best on
/// the development sentences (docs/skills.md); the other values exist to measure the variants.
/// </summary>
public sealed record SkillExtractorOptions
{
    /// <summary>Match alternative labels as well as preferred labels.</summary>
    public bool UseAltLabels { get; init; } = true;

    /// <summary>Factor on an alternative label's score, below 1 to prefer preferred labels.</summary>
    public double AltLabelWeight { get; init; } = 0.5;

    /// <summary>Fold plurals and -ing/-ation forms before matching.</summary>
    public bool Stem { get; init; } = true;

    /// <summary>
    /// How strongly a label must be covered by the text: a label scores its matched IDF times the
    /// covered share of its IDF raised to this power. 0 is plain BM25-like term overlap.
    /// </summary>
    public double CoverageExponent { get; init; } = 2;

    /// <summary>Bonus for a label whose consecutive words also appear consecutively in the text.</summary>
    public double PhraseBonus { get; init; } = 0.5;

    /// <summary>Ignore job-advert boilerplate words in the text ("experience", "knowledge", "strong"...).</summary>
    public bool DropBoilerplate { get; init; } = true;

    /// <summary>Weight of BM25 over skill descriptions added to the label score; 0 turns it off.</summary>
    public double DescriptionWeight { get; init; } = 0.1;

    /// <summary>Share of the best broader skill's score a skill inherits; 0 turns the hierarchy off.</summary>
    public double HierarchyWeight { get; init; }

    /// <summary>The variant as written in reports.</summary>
    public string Describe() =>
        $"alt={UseAltLabels}x{AltLabelWeight} stem={Stem} cov^{CoverageExponent} phrase={PhraseBonus} "
        + $"desc={DescriptionWeight} hier={HierarchyWeight} boilerplate-dropped={DropBoilerplate}";
}
