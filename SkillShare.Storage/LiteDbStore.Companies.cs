using LiteDB;
using SkillShare.Core.Companies;

namespace SkillShare.Storage;

/// <summary>Companies written inside a turn's transaction.</summary>
public sealed partial class LiteDbStore
{
    /// <summary>
    /// A company not stored yet is inserted; one already stored (someone of the tenant registered it
    /// first) takes in the newcomer's people and approval, and is never overwritten.
    /// </summary>
    private static void SaveCompanies(LiteDatabase db, IEnumerable<Company> companies)
    {
        var collection = db.GetCollection<Company>(LiteDbCompanyStore.CollectionName);
        foreach (var company in companies)
        {
            var stored = collection.FindById(new BsonValue(company.Id));
            if (stored is null)
            {
                collection.Insert(company);
                continue;
            }

            stored.Absorb(company);
            collection.Update(stored);
        }
    }
}
