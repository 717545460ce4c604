using SkillShare.Core.Companies;
using SkillShare.Storage;

namespace SkillShare.Storage.Tests;

public sealed class LiteDbCompanyStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Save_ApprovedCompanyWithPeople_ReadsBackTheSame()
    {
        using var store = new LiteDbStore(new MemoryStream(), TimeProvider.System);
        var companies = new LiteDbCompanyStore(store);
        var company = Company.Register("tenant-1",
            new CompanyProfile("Contoso", new Uri("https://contoso.example"), CompanySize.Medium, "GB"), "aad-1", Now);
        company.Join("aad-2");
        company.Approve("operator-1", Now.AddHours(1));

        companies.Save(company);
        var read = companies.FindByTenant("tenant-1");

        Assert.NotNull(read);
        Assert.Equal("Contoso", read.Name);
        Assert.Equal(new Uri("https://contoso.example"), read.Website);
        Assert.Equal(CompanySize.Medium, read.Size);
        Assert.Equal(["aad-1", "aad-2"], read.PeopleIds);
        Assert.True(read.IsApproved);
        Assert.Equal("operator-1", read.ApprovedBy);
        Assert.Equal(Now.AddHours(1), read.ApprovedAt);
    }

    [Fact]
    public void FindByTenant_UnknownTenant_IsNull()
    {
        using var store = new LiteDbStore(new MemoryStream(), TimeProvider.System);

        Assert.Null(new LiteDbCompanyStore(store).FindByTenant("nobody"));
    }

    [Fact]
    public void Commit_SecondRegistrationOfATenant_JoinsTheFirstInsteadOfOverwritingIt()
    {
        using var store = new LiteDbStore(new MemoryStream(), TimeProvider.System);
        var companies = new LiteDbCompanyStore(store);
        var first = Company.Register("tenant-1",
            new CompanyProfile("Contoso", new Uri("https://contoso.example"), CompanySize.Small, "GB"), "aad-1", Now);
        var second = Company.Register("tenant-1",
            new CompanyProfile("Other name", new Uri("https://other.example"), CompanySize.Large, "FR"), "aad-2", Now);

        store.Commit(Changes(first));
        store.Commit(Changes(second));

        var read = companies.FindByTenant("tenant-1")!;
        Assert.Equal("Contoso", read.Name);
        Assert.Equal(["aad-1", "aad-2"], read.PeopleIds);
        Assert.Equal(read.Id, companies.FindByPerson("aad-2")?.Id);
    }

    private static Core.Conversations.TurnChanges Changes(Company company)
    {
        var changes = new Core.Conversations.TurnChanges();
        changes.Save(company);
        return changes;
    }
}
