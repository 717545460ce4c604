namespace SkillShare.Core.Companies;

/// <summary>Where a company's verification stands.</summary>
public enum CompanyStatus
{
    /// <summary>Registered; the tenant is proven by the platform, the name awaits an operator.</summary>
    Pending,

    /// <summary>An operator approved the company's name; its people may publish.</summary>
    Approved,
}
