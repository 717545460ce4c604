namespace SkillShare.Core.Companies;

/// <summary>How many people a company employs, in the bands the registration form offers.</summary>
public enum CompanySize
{
    Micro,
    Small,
    Medium,
    Large,
}
