using SkillShare.Core.Posts;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>Moves posts in and out of a conversation draft, so one form serves new posts and edits.</summary>
internal static class PostDrafts
{
    public static void LoadOffer(SkillOffer offer, Dictionary<string, string> draft)
    {
        draft[PostFields.PostId] = offer.Id;
        draft[PostFields.Title] = offer.Title;
        draft[PostFields.Description] = offer.Description;
        draft[PostFields.Skills] = DraftValues.FromSkills(offer.Skills);
        draft[PostFields.Rate] = DraftValues.FromMoney(offer.HourlyRate);
        draft[PostFields.Hours] = offer.HoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture);
        draft[PostFields.Mode] = offer.Mode.ToString();
        if (offer.Place is not null)
            draft[PostFields.Place] = offer.Place;
    }

    public static void ApplyOffer(Dictionary<string, string> draft, SkillOffer offer, DateTimeOffset now)
    {
        offer.Title = draft[PostFields.Title];
        offer.Description = draft[PostFields.Description];
        offer.Skills = DraftValues.ToSkills(draft[PostFields.Skills]);
        offer.HourlyRate = DraftValues.ToMoney(draft[PostFields.Rate]);
        offer.HoursPerWeek = DraftValues.ToInt(draft[PostFields.Hours]);
        offer.Mode = Enum.Parse<WorkMode>(draft[PostFields.Mode]);
        offer.Place = offer.Mode == WorkMode.OnSite ? draft.GetValueOrDefault(PostFields.Place) : null;
        offer.UpdatedAt = now;
    }

    public static void LoadRequest(TalentRequest request, Dictionary<string, string> draft)
    {
        draft[PostFields.PostId] = request.Id;
        draft[PostFields.Title] = request.Title;
        draft[PostFields.Description] = request.Description;
        draft[PostFields.Skills] = DraftValues.FromSkills(request.RequiredSkills);
        draft[PostFields.BudgetMin] = DraftValues.FromMoney(request.BudgetMin);
        draft[PostFields.BudgetMax] = DraftValues.FromMoney(request.BudgetMax);
        draft[PostFields.Hours] = request.HoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture);
        draft[PostFields.Deadline] = DraftValues.FromInstant(request.Deadline);
        draft[PostFields.Mode] = request.Mode.ToString();
        if (request.Place is not null)
            draft[PostFields.Place] = request.Place;
    }

    public static void ApplyRequest(Dictionary<string, string> draft, TalentRequest request, DateTimeOffset now)
    {
        request.Title = draft[PostFields.Title];
        request.Description = draft[PostFields.Description];
        request.RequiredSkills = DraftValues.ToSkills(draft[PostFields.Skills]);
        request.BudgetMin = DraftValues.ToMoney(draft[PostFields.BudgetMin]);
        request.BudgetMax = DraftValues.ToMoney(draft[PostFields.BudgetMax]);
        request.HoursPerWeek = DraftValues.ToInt(draft[PostFields.Hours]);
        request.Deadline = DraftValues.ToInstant(draft[PostFields.Deadline]);
        request.Mode = Enum.Parse<WorkMode>(draft.GetValueOrDefault(PostFields.Mode, nameof(WorkMode.Remote)));
        request.Place = request.Mode == WorkMode.OnSite ? draft.GetValueOrDefault(PostFields.Place) : null;
        request.UpdatedAt = now;
    }
}
