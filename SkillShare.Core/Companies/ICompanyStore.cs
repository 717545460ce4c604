namespace SkillShare.Core.Companies;

/// <summary>Companies by tenant.</summary>
public interface ICompanyStore
{
    Company? FindByTenant(string tenantId);

    /// <summary>The company a person (by Entra object id) belongs to, if any.</summary>
    Company? FindByPerson(string personId);

    /// <summary>Inserts or replaces the company, in one write.</summary>
    void Save(Company company);
}
