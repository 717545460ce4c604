using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Flows.Registration;

/// <summary>The registration's draft keys, how typed answers are read, and how they reach the member.</summary>
internal static class RegistrationAnswers
{
    public const string Role = "role";
    public const string Name = "name";
    public const string Bio = "bio";
    public const string Place = "place";
    public const string TimeZone = "tz";
    public const string Languages = "spoken";
    public const string Photo = "photo";

    public const int MaxNameLength = 64;
    public const int MaxBioLength = 500;
    public const int MaxPlaceLength = 100;
    public const int MaxLanguages = 10;

    /// <summary>Reads the answer to a typed step into the draft; returns why it was refused, or null.</summary>
    public static Hint? Read(FlowContext context, string step, TurnInput input)
    {
        var result = step switch
        {
            "Name" => FieldReaders.Text(input, MaxNameLength),
            "Bio" => FieldReaders.Text(input, MaxBioLength),
            "Place" => FieldReaders.Text(input, MaxPlaceLength),
            _ => FieldReaders.List(input, MaxLanguages),
        };
        if (!result.IsValid)
            return new Hint(result.ErrorKey!, result.ErrorArgs);

        var key = step switch { "Name" => Name, "Bio" => Bio, "Place" => Place, _ => Languages };
        context.Draft[key] = result.Value!;
        if (key == Place)
            ResolvePlace(context, result.Value!);
        return null;
    }

    /// <summary>
    /// An unknown place is kept as typed with UTC as its zone, and the member is told how to fix it:
    /// asking again would block people from small towns over a detail only deadlines use.
    /// </summary>
    private static void ResolvePlace(FlowContext context, string place)
    {
        var zone = TimeZoneResolver.Resolve(place);
        context.Draft[TimeZone] = zone ?? TimeZoneResolver.Utc;
        if (zone is null)
            context.Say("flows.reg.place_unknown", place);
        else
            context.Say("flows.reg.place_zone", zone);
    }

    public static void ApplyTo(Member member, Dictionary<string, string> draft)
    {
        member.Roles = Enum.Parse<MemberRoles>(draft[Role]);
        member.DisplayName = draft[Name];
        member.Bio = draft.GetValueOrDefault(Bio);
        member.Location = draft.GetValueOrDefault(Place);
        member.TimeZoneId = draft.GetValueOrDefault(TimeZone) ?? TimeZoneResolver.Utc;
        member.SpokenLanguages.Clear();
        member.SpokenLanguages.AddRange(
            draft.GetValueOrDefault(Languages, "").Split(", ", StringSplitOptions.RemoveEmptyEntries));
        member.PhotoFileId = draft.GetValueOrDefault(Photo);
    }

    public static void LoadFrom(Member member, Dictionary<string, string> draft)
    {
        draft[Role] = member.Roles.ToString();
        draft[Name] = member.DisplayName;
        draft[TimeZone] = member.TimeZoneId;
        draft[Languages] = string.Join(", ", member.SpokenLanguages);
        SetOrRemove(draft, Bio, member.Bio);
        SetOrRemove(draft, Place, member.Location);
        SetOrRemove(draft, Photo, member.PhotoFileId);
    }

    private static void SetOrRemove(Dictionary<string, string> draft, string key, string? value)
    {
        if (value is null)
            draft.Remove(key);
        else
            draft[key] = value;
    }
}
