using SkillShare.Bot.Flows.Posting;
using SkillShare.Bot.Flows.Registration;
using SkillShare.Bot.Flows.Settings;
using SkillShare.Bot.Flows.Verification;

namespace SkillShare.Bot.Flows;

/// <summary>The slash commands (and the menu buttons that stand for them); each works in every state.</summary>
internal static class Commands
{
    public const string Start = "start";
    public const string Cancel = "cancel";

    public static Task RunAsync(FlowContext context, IFlow? flow, string name) => name switch
    {
        Start => StartAsync(context, flow),
        "help" => HelpAsync(context, flow),
        "menu" => MenuAsync(context, flow),
        Cancel => CancelAsync(context, flow),
        "settings" => SwitchAsync(context, flow, SettingsFlow.FlowName),
        "alerts" => SwitchAsync(context, flow, Matching.PushSettingsFlow.FlowName, needsProfile: true),
        "profile" => ProfileAsync(context, flow),
        "editprofile" => SwitchAsync(context, flow, RegistrationFlow.FlowName, RegistrationFlow.EditKey, "1",
            needsProfile: true),
        "verify" => SwitchAsync(context, flow, VerificationFlow.FlowName, needsProfile: true),
        "offers" => SwitchAsync(context, flow, PostsFlow.FlowName, PostsFlow.KindKey, MemberPosts.Offers,
            needsProfile: true),
        "requests" => SwitchAsync(context, flow, PostsFlow.FlowName, PostsFlow.KindKey, MemberPosts.Requests,
            needsProfile: true),
        "offer" => PostAsync(context, flow, OfferFlow.FlowName),
        "request" => PostAsync(context, flow, RequestFlow.FlowName),
        _ => UnknownAsync(context, flow),
    };

    private static Task StartAsync(FlowContext context, IFlow? flow)
    {
        Leave(context, flow, announce: false);
        if (context.RequireMember().HasProfile)
            MemberViews.ShowMenu(context, "flows.welcome_back");
        else
        {
            context.Say("flows.welcome");
            context.Then(RegistrationFlow.FlowName);
        }

        return Task.CompletedTask;
    }

    private static Task HelpAsync(FlowContext context, IFlow? flow)
    {
        context.Say("flows.help");
        TurnRouter.ShowCurrent(context, flow);
        return Task.CompletedTask;
    }

    private static Task MenuAsync(FlowContext context, IFlow? flow)
    {
        Leave(context, flow, announce: true);
        MemberViews.ShowMenu(context);
        return Task.CompletedTask;
    }

    private static Task CancelAsync(FlowContext context, IFlow? flow)
    {
        if (flow is null)
        {
            MemberViews.ShowMenu(context, "flows.nothing_to_cancel");
            return Task.CompletedTask;
        }

        context.EndFlow();
        MemberViews.ShowMenu(context, "flows.cancelled");
        return Task.CompletedTask;
    }

    private static Task ProfileAsync(FlowContext context, IFlow? flow)
    {
        if (!HasProfile(context))
            return Task.CompletedTask;

        Leave(context, flow, announce: true);
        MemberViews.ShowProfile(context);
        return Task.CompletedTask;
    }

    private static Task PostAsync(FlowContext context, IFlow? flow, string postFlow)
    {
        if (!HasProfile(context) || !PostSteps.MayDraft(context))
            return Task.CompletedTask;

        return SwitchAsync(context, flow, postFlow);
    }

    private static Task SwitchAsync(FlowContext context, IFlow? flow, string target, string? key = null,
        string? value = null, bool needsProfile = false)
    {
        if (needsProfile && !HasProfile(context))
            return Task.CompletedTask;

        Leave(context, flow, announce: true);
        var draft = new Dictionary<string, string>(StringComparer.Ordinal);
        if (key is not null)
            draft[key] = value!;
        context.Then(target, draft);
        return Task.CompletedTask;
    }

    private static Task UnknownAsync(FlowContext context, IFlow? flow)
    {
        context.Say("flows.unknown_command");
        TurnRouter.ShowCurrent(context, flow);
        return Task.CompletedTask;
    }

    private static bool HasProfile(FlowContext context)
    {
        if (context.RequireMember().HasProfile)
            return true;

        MemberViews.ShowMenu(context, "flows.need_registration");
        return false;
    }

    /// <summary>Leaves the running flow, if any: its draft is dropped, nothing half-done is kept.</summary>
    private static void Leave(FlowContext context, IFlow? flow, bool announce)
    {
        if (flow is null)
            return;

        context.EndFlow();
        if (announce)
            context.Say("flows.form_closed");
    }
}
