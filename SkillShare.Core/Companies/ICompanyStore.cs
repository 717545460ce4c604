namespace SkillShare.Core.Companies;

/// <summary>Companies by tenant.</summary>
public interface ICompanyStore
{
    Company? FindByTenant(string tenantId);

    /// <summary>Inserts or replaces the company, in one write.</summary>
    void Save(Company company);
}
