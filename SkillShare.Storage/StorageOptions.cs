using System.ComponentModel.DataAnnotations;

namespace SkillShare.Storage;

/// <summary>Where the embedded store keeps its one data file.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The data file; a relative path is taken from the content root.</summary>
    [Required]
    public string Path { get; set; } = "data/skillshare.db";
}
