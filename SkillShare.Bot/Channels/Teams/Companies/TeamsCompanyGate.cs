using Microsoft.Extensions.Options;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Core.Companies;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Teams.Companies;

/// <summary>
/// The company step in front of the conversation engine on Teams. The tenant (proven by the signed
/// activity) is the company: the first person registers it, later people join it, operators listed
/// in Teams:OperatorIds approve it with "/approve &lt;tenant id&gt;". People of an approved company
/// count as verified, so they may publish; until then they can only draft. Each decision's writes
/// (company, members) are committed together in one store transaction.
/// </summary>
public sealed class TeamsCompanyGate(
    ICompanyStore companies,
    IMemberStore members,
    IConversationStore conversations,
    IOptions<TeamsOptions> options,
    TimeProvider time)
{
    /// <summary>One company decision at a time: two people registering one tenant cannot both insert.</summary>
    private readonly Lock _deciding = new();

    /// <summary>Replies that answer the turn on their own, or null to let the engine run (after Notices).</summary>
    public GateResult Check(Turn turn, string? tenantId)
    {
        lock (_deciding)
            return Decide(turn, tenantId);
    }

    private GateResult Decide(Turn turn, string? tenantId)
    {
        var language = UiLanguages.FromLanguageCode(turn.LanguageCode);
        if (turn.Input is CommandInput { Name: "approve" } approve)
            return GateResult.Answer(Approve(turn.SenderId, approve.Args.Trim(), language));
        if (string.IsNullOrEmpty(tenantId))
            return GateResult.PassOn();

        return companies.FindByTenant(tenantId) is { } company
            ? Known(company, turn, language)
            : Register(tenantId, turn, language);
    }

    private GateResult Register(string tenantId, Turn turn, UiLanguage language)
    {
        if (turn.Input is not FormInput { Key: CompanyForm.Key } form)
            return GateResult.Answer(CompanyForm.Ask(language));

        var (profile, errors) = CompanyProfile.Validate(form.Fields);
        if (profile is null)
            return GateResult.Answer(CompanyForm.Ask(language, form.Fields, errors));

        var changes = new TurnChanges();
        changes.Save(Company.Register(tenantId, profile, turn.SenderId, time.GetUtcNow()));
        conversations.Commit(changes);
        return GateResult.Answer(Reply.Plain(Text(language, "teams.company.registered", profile.Name)));
    }

    private GateResult Known(Company company, Turn turn, UiLanguage language)
    {
        var changes = new TurnChanges();
        var joined = company.Join(turn.SenderId);
        if (joined)
            changes.Save(company);
        if (company.IsApproved)
            MarkVerified(turn.SenderId, changes);
        if (changes.Companies.Count > 0 || changes.Members.Count > 0)
            conversations.Commit(changes);

        if (turn.Input is FormInput { Key: CompanyForm.Key })
            return GateResult.Answer(Reply.Plain(Text(language, PendingOrApproved(company), company.Name)));

        var notices = new List<Reply>();
        if (joined)
        {
            notices.Add(Reply.Plain(Text(language, "teams.company.joined", company.Name)));
            if (!company.IsApproved)
                notices.Add(Reply.Plain(Text(language, "teams.company.pending", company.Name)));
        }

        return GateResult.PassOn(notices);
    }

    private Reply Approve(string senderId, string tenantId, UiLanguage language)
    {
        if (!options.Value.OperatorIds.Contains(senderId, StringComparer.OrdinalIgnoreCase))
            return Reply.Plain(Text(language, "teams.company.not_operator"));
        if (companies.FindByTenant(tenantId) is not { } company)
            return Reply.Plain(Text(language, "teams.company.unknown", tenantId));

        company.Approve(senderId, time.GetUtcNow());
        var changes = new TurnChanges();
        changes.Save(company);
        foreach (var person in company.PeopleIds)
            MarkVerified(person, changes);
        conversations.Commit(changes);
        return Reply.Plain(Text(language, "teams.company.approved", company.Name));
    }

    /// <summary>A person of an approved company is verified by their tenant, once they are a member.</summary>
    private void MarkVerified(string aadObjectId, TurnChanges changes)
    {
        var identity = new ChannelIdentity(ChannelKind.Teams, aadObjectId);
        if (members.FindByIdentity(identity) is not { IsVerified: false } member)
            return;

        member.VerifiedAt = time.GetUtcNow();
        changes.Save(member);
    }

    private static string PendingOrApproved(Company company) =>
        company.IsApproved ? "teams.company.approved" : "teams.company.pending";

    private static string Text(UiLanguage language, string key, params object?[] args) =>
        Texts.Default.Get(language, key, args);
}
