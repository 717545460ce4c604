using System.Globalization;

namespace SkillShare.Core.Companies;

/// <summary>What the first person tells about their company; Create checks each answer.</summary>
public sealed record CompanyProfile(string Name, Uri Website, CompanySize Size, string Country)
{
    /// <summary>Field names of the registration form, also the keys of <see cref="Validate"/>'s errors.</summary>
    public const string NameField = "name";
    public const string WebsiteField = "website";
    public const string SizeField = "size";
    public const string CountryField = "country";

    /// <summary>The profile, or the problem with each bad field (field name to an error code).</summary>
    public static (CompanyProfile? Profile, IReadOnlyDictionary<string, string> Errors) Validate(
        IReadOnlyDictionary<string, string> fields)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = Read(fields, NameField);
        if (name.Length is < 2 or > 100)
            errors[NameField] = "name";
        var website = ReadWebsite(Read(fields, WebsiteField));
        if (website is null)
            errors[WebsiteField] = "website";
        if (!Enum.TryParse<CompanySize>(Read(fields, SizeField), ignoreCase: true, out var size)
            || !Enum.IsDefined(size))
            errors[SizeField] = "size";
        var country = Read(fields, CountryField).ToUpperInvariant();
        if (!IsCountryCode(country))
            errors[CountryField] = "country";

        return errors.Count > 0 ? (null, errors) : (new CompanyProfile(name, website!, size, country), errors);
    }

    private static string Read(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value.Trim() : "";

    private static Uri? ReadWebsite(string text)
    {
        var withScheme = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        return Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Contains('.', StringComparison.Ordinal)
                ? uri
                : null;
    }

    private static bool IsCountryCode(string code)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            return false;

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
