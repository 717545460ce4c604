using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Flows.Registration;

/// <summary>The question each registration step asks, with its buttons.</summary>
internal static class RegistrationPrompts
{
    /// <summary>The profile fields a member may pick to edit.</summary>
    public static readonly string[] EditableFields = ["Role", "Name", "Bio", "Place", "Languages", "Photo"];

    public static void Ask(FlowContext context, string step, Hint? hint)
    {
        switch (step)
        {
            case "Language":
                Prompts.Ask(context, "flows.reg.language", hint, LanguageButtons(context));
                break;
            case "Role":
                Prompts.Ask(context, "flows.reg.role", hint,
                    [context.Button("flows.role.freelancer", "r.f"), context.Button("flows.role.client", "r.c")],
                    [context.Button("flows.role.both", "r.b")]);
                break;
            case "Bio":
                Prompts.Ask(context, "flows.reg.bio", hint, Prompts.Skip(context));
                break;
            case "Photo":
                Prompts.Ask(context, "flows.reg.photo", hint, Prompts.Skip(context));
                break;
            case "PickField":
                Prompts.Ask(context, "flows.profile.pick", hint, FieldButtons(context));
                break;
            default:
                Prompts.Ask(context, QuestionKey(step), hint);
                break;
        }
    }

    /// <summary>One button per language the product speaks; registration and /settings share them.</summary>
    public static ReplyButton[] LanguageButtons(FlowContext context) =>
        [context.Button("common.language.english", "l.en"), context.Button("common.language.chinese", "l.zh")];

    private static string QuestionKey(string step) => step switch
    {
        "Name" => "flows.reg.name",
        "Place" => "flows.reg.place",
        _ => "flows.reg.languages",
    };

    private static IReadOnlyList<ReplyButton>[] FieldButtons(FlowContext context) =>
        EditableFields.Select(f => context.Button("flows.field." + f, "f." + f)).Chunk(3).ToArray();
}
