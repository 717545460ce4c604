using System.ComponentModel.DataAnnotations;

namespace SkillShare.Bot.Channels.Web;

/// <summary>The local web chat: where it listens and how much one post may carry.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>Whether the web chat is served; on by default so a fresh clone shows the product.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The host's URLs (";"-separated), unless --urls or ASPNETCORE_URLS gives others.</summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The longest text one post may carry, in characters.</summary>
    [Range(16, 65_536)]
    public int MaxTextLength { get; set; } = 4096;

    /// <summary>The most fields one form submit may carry.</summary>
    [Range(1, 200)]
    public int MaxFormFields { get; set; } = 40;
}
