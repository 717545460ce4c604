using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Flows;

/// <summary>The main menu and the profile card: views, not flows, so they work in every state.</summary>
internal static class MemberViews
{
    public static void ShowMenu(FlowContext context, string? leadKey = null)
    {
        var member = context.Member;
        var text = context.Text("flows.menu.title");
        if (leadKey is not null)
            text = context.Text(leadKey) + "\n\n" + text;
        context.Send(new Reply { Text = text, Buttons = MenuButtons(context, member) });
    }

    public static void ShowProfile(FlowContext context, string? leadKey = null)
    {
        var member = context.RequireMember();
        var title = member.IsVerified
            ? context.Text("flows.badge.verified_name", member.DisplayName)
            : member.DisplayName;
        var fields = new List<CardField>
        {
            new(context.Text("flows.field.Role"), RoleText(context, member.Roles)),
            new(context.Text("flows.field.Bio"), member.Bio ?? "—"),
            new(context.Text("flows.field.Place"), $"{member.Location ?? "—"} ({member.TimeZoneId})"),
            new(context.Text("flows.field.Languages"), string.Join(", ", member.SpokenLanguages)),
            new(context.Text("flows.field.Photo"), context.Text(member.PhotoFileId is null ? "flows.no" : "flows.yes")),
            new(context.Text("flows.field.verified"),
                context.Text(member.IsVerified ? "flows.profile.verified" : "flows.profile.unverified")),
        };
        var text = leadKey is null ? context.Text("flows.profile.title") : context.Text(leadKey);
        context.Send(new Reply
        {
            Text = text,
            Card = new ReplyCard(title, fields),
            Buttons = ProfileButtons(context, member),
        });
    }

    public static string RoleText(FlowContext context, MemberRoles roles) => roles switch
    {
        MemberRoles.Freelancer => context.Text("flows.role.freelancer"),
        MemberRoles.Client => context.Text("flows.role.client"),
        MemberRoles.Both => context.Text("flows.role.both"),
        _ => "—",
    };

    private static List<IReadOnlyList<ReplyButton>> MenuButtons(FlowContext context, Member? member)
    {
        if (member is null || !member.HasProfile)
            return [[context.Button("flows.menu.register", "m.start"), context.Button("flows.menu.help", "m.help")]];

        var rows = new List<IReadOnlyList<ReplyButton>>
        {
            Pair(context, "offer", "request"),
            Pair(context, "offers", "requests"),
            Pair(context, "profile", "settings"),
        };
        if (!member.IsVerified)
            rows.Insert(0, [context.Button("flows.menu.verify", "m.verify")]);
        return rows;
    }

    private static ReplyButton[] Pair(FlowContext context, string first, string second) =>
    [
        context.Button("flows.menu." + first, "m." + first),
        context.Button("flows.menu." + second, "m." + second),
    ];

    private static List<IReadOnlyList<ReplyButton>> ProfileButtons(FlowContext context, Member member)
    {
        var row = new List<ReplyButton> { context.Button("flows.profile.edit", "m.editprofile") };
        if (!member.IsVerified)
            row.Add(context.Button("flows.menu.verify", "m.verify"));
        row.Add(context.Button("flows.menu.back", "m.menu"));
        return [row];
    }
}
