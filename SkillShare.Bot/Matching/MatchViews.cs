using System.Globalization;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Matching;

/// <summary>
/// The messages of matching in the recipient's language, read live from the store: a request for a
/// freelancer, a client's shortlist page, "it's a match" and a relayed message.
/// </summary>
internal sealed class MatchViews(Texts texts, IMatchStore matches, IPostStore posts, IMemberStore members)
{
    /// <summary>Candidates on one shortlist page.</summary>
    public const int PageSize = 5;

    public Reply? RequestForFreelancer(Match match, UiLanguage language)
    {
        var request = posts.FindRequest(match.RequestId);
        if (request is null)
            return null;
        var text = texts.Get(language, "matching.request.new", request.Title,
            texts.Get(language, "matching.budget", request.BudgetMin.ToString(), request.BudgetMax.ToString()),
            request.HoursPerWeek, Reasons(match, language));
        return new Reply
        {
            Text = text,
            Buttons =
            [[
                new(texts.Get(language, "matching.button.interested"), MatchKinds.Button(match.Id, "y")),
                new(texts.Get(language, "matching.button.not_for_me"), MatchKinds.Button(match.Id, "n")),
            ]],
        };
    }

    /// <summary>A shortlist of these matches (at most a page), with "show more" when the request has more.</summary>
    public Reply? Shortlist(string requestId, IReadOnlyList<Match> shown, int page, UiLanguage language)
    {
        var request = posts.FindRequest(requestId);
        if (request is null || shown.Count == 0)
            return null;
        var lines = new List<string> { texts.Get(language, "matching.shortlist.title", request.Title) };
        var rows = new List<IReadOnlyList<ReplyButton>>();
        foreach (var (match, i) in shown.Take(PageSize).Select((m, i) => (m, i)))
        {
            var name = members.FindById(match.FreelancerId)?.DisplayName ?? "—";
            lines.Add(Candidate(match, name, i + 1, language));
            rows.Add(
            [
                new(texts.Get(language, "matching.button.invite", name), MatchKinds.Button(match.Id, "y")),
                new(texts.Get(language, "matching.button.skip"), MatchKinds.Button(match.Id, "n")),
            ]);
        }

        if (OpenForClient(requestId).Count > (page + 1) * PageSize)
            rows.Add([new(texts.Get(language, "matching.button.more"),
                MatchKinds.Button(shown[0].Id, "p" + (page + 1).ToString(CultureInfo.InvariantCulture)))]);
        return new Reply { Text = string.Join("\n\n", lines), Buttons = rows };
    }

    /// <summary>The request's candidates the client has not answered yet, best first.</summary>
    public IReadOnlyList<Match> OpenForClient(string requestId) =>
        [.. matches.MatchesOfRequest(requestId)
            .Where(m => m.IsOpen && m.ClientDecision == MatchDecision.Pending)];

    public Reply Matched(Match match, Member recipient)
    {
        var other = members.FindById(recipient.Id == match.ClientId ? match.FreelancerId : match.ClientId);
        var name = other?.DisplayName ?? "—";
        var title = posts.FindRequest(match.RequestId)?.Title ?? "—";
        return new Reply
        {
            Text = texts.Get(recipient.Language, "matching.matched", name, title),
            Buttons =
            [[new(texts.Get(recipient.Language, "matching.button.talk", name), MatchKinds.Button(match.Id, "t"))]],
        };
    }

    public Reply Relay(string matchId, string from, string text, UiLanguage language) => new()
    {
        Text = texts.Get(language, "matching.relay", from, text),
        Buttons = [[new(texts.Get(language, "matching.button.reply", from), MatchKinds.Button(matchId, "t"))]],
    };

    /// <summary>What a push says when what it was about was deleted before it was sent.</summary>
    public Reply Gone(UiLanguage language) => Reply.Plain(texts.Get(language, "matching.gone"));

    private string Candidate(Match match, string name, int number, UiLanguage language)
    {
        var offer = posts.FindOffer(match.OfferId);
        var rate = offer is null ? "—" : offer.HourlyRate.ToString();
        var reputation = texts.Get(language, "matching.reputation.new");
        return texts.Get(language, "matching.shortlist.candidate", number, name, rate, reputation,
            Percent(match.Probability), Reasons(match, language));
    }

    private string Reasons(Match match, UiLanguage language) =>
        string.Join("\n", match.Reasons.Select(r => "• " + texts.Get(language, "matching.reason." + r)));

    private static string Percent(double p) => Math.Round(p * 100).ToString(CultureInfo.InvariantCulture);
}
