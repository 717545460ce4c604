namespace SkillShare.Core.Companies;

/// <summary>
/// A company hiring through Teams: one per Microsoft Entra tenant (the tenant id is its id, proven by
/// the signed activity). The first person registers it; later people of the tenant join it.
/// </summary>
public sealed class Company
{
    /// <summary>The Entra tenant id.</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required Uri Website { get; set; }

    public required CompanySize Size { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code, upper case.</summary>
    public required string Country { get; set; }

    public CompanyStatus Status { get; private set; }

    /// <summary>The people of the company, by their Entra object id.</summary>
    public List<string> PeopleIds { get; init; } = [];

    public required DateTimeOffset RegisteredAt { get; init; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public bool IsApproved => Status == CompanyStatus.Approved;

    /// <summary>Registers a company for a tenant with its first person.</summary>
    public static Company Register(string tenantId, CompanyProfile profile, string firstPersonId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(firstPersonId);
        return new Company
        {
            Id = tenantId,
            Name = profile.Name,
            Website = profile.Website,
            Size = profile.Size,
            Country = profile.Country,
            RegisteredAt = now,
            PeopleIds = [firstPersonId],
        };
    }

    /// <summary>Adds a person of the tenant; true when they were not in yet.</summary>
    public bool Join(string personId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        if (PeopleIds.Contains(personId, StringComparer.Ordinal))
            return false;

        PeopleIds.Add(personId);
        return true;
    }

    /// <summary>An operator approves the company's name; approving twice keeps the first approval.</summary>
    public void Approve(string operatorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        if (IsApproved)
            return;

        Status = CompanyStatus.Approved;
        ApprovedBy = operatorId;
        ApprovedAt = now;
    }

    /// <summary>
    /// Takes in what another copy of this company knows (a registration or join racing this one):
    /// its people and its approval. The name and profile of the first registration stay.
    /// </summary>
    public void Absorb(Company other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var person in other.PeopleIds)
            Join(person);
        if (other is { IsApproved: true, ApprovedBy: { } by, ApprovedAt: { } at })
            Approve(by, at);
    }
}
