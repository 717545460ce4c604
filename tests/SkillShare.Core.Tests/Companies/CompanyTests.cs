using SkillShare.Core.Companies;

namespace SkillShare.Core.Tests.Companies;

public sealed class CompanyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);

    private static readonly CompanyProfile Profile =
        new("Contoso", new Uri("https://contoso.example"), CompanySize.Small, "GB");

    [Fact]
    public void Register_FirstPerson_IsPendingWithThatPerson()
    {
        var company = Company.Register("tenant", Profile, "aad-1", Now);

        Assert.Equal(CompanyStatus.Pending, company.Status);
        Assert.Equal(["aad-1"], company.PeopleIds);
        Assert.False(company.IsApproved);
    }

    [Fact]
    public void Join_SamePersonTwice_IsListedOnce()
    {
        var company = Company.Register("tenant", Profile, "aad-1", Now);

        Assert.True(company.Join("aad-2"));
        Assert.False(company.Join("aad-2"));

        Assert.Equal(["aad-1", "aad-2"], company.PeopleIds);
    }

    [Fact]
    public void Approve_Twice_KeepsTheFirstApproval()
    {
        var company = Company.Register("tenant", Profile, "aad-1", Now);

        company.Approve("op-1", Now);
        company.Approve("op-2", Now.AddDays(1));

        Assert.Equal(CompanyStatus.Approved, company.Status);
        Assert.Equal("op-1", company.ApprovedBy);
        Assert.Equal(Now, company.ApprovedAt);
    }

    [Fact]
    public void Validate_GoodAnswers_GiveTheProfile()
    {
        var (profile, errors) = CompanyProfile.Validate(Fields("Contoso Ltd", "contoso.example", "medium", "gb"));

        Assert.Empty(errors);
        Assert.Equal(new CompanyProfile("Contoso Ltd", new Uri("https://contoso.example"), CompanySize.Medium, "GB"),
            profile);
    }

    [Fact]
    public void Validate_BadAnswers_NameEachBadField()
    {
        var (profile, errors) = CompanyProfile.Validate(Fields("C", "not a site", "huge", "Atlantis"));

        Assert.Null(profile);
        Assert.Equal(["country", "name", "size", "website"], errors.Keys.Order());
    }

    [Fact]
    public void Validate_MissingFields_AreErrorsNotExceptions()
    {
        var (profile, errors) = CompanyProfile.Validate(new Dictionary<string, string>());

        Assert.Null(profile);
        Assert.Equal(4, errors.Count);
    }

    private static Dictionary<string, string> Fields(string name, string website, string size, string country) =>
        new()
        {
            [CompanyProfile.NameField] = name,
            [CompanyProfile.WebsiteField] = website,
            [CompanyProfile.SizeField] = size,
            [CompanyProfile.CountryField] = country,
        };
}
