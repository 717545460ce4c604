using LiteDB;
using SkillShare.Core.Companies;

namespace SkillShare.Storage;

/// <summary>
/// Companies in the "companies" collection of the same LiteDB file, keyed by tenant id. Turns write
/// companies through TurnChanges (inside the turn's transaction); Save is a plain upsert for tools and tests.
/// </summary>
public sealed class LiteDbCompanyStore : ICompanyStore
{
    public const string CollectionName = "companies";

    private readonly ILiteCollection<Company> _companies;

    public LiteDbCompanyStore(LiteDbStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _companies = store.Database.GetCollection<Company>(CollectionName);
    }

    public Company? FindByTenant(string tenantId) => _companies.FindById(new BsonValue(tenantId));

    public Company? FindByPerson(string personId) =>
        _companies.FindOne(BsonExpression.Create("$.PeopleIds[*] ANY = @0", new BsonValue(personId)));

    public void Save(Company company) => _companies.Upsert(company);
}
