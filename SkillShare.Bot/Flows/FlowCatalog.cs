using SkillShare.Bot.Flows.Posting;
using SkillShare.Bot.Matching;
using SkillShare.Bot.Flows.Registration;
using SkillShare.Bot.Flows.Settings;
using SkillShare.Bot.Flows.Verification;
using SkillShare.Core.Conversations;

namespace SkillShare.Bot.Flows;

/// <summary>Every flow by its stored name, and each one's Mermaid graph for docs/flows/.</summary>
internal static class FlowCatalog
{
    public static IFlow? Create(string name, ConversationState conversation) => name switch
    {
        RegistrationFlow.FlowName => new RegistrationFlow(conversation),
        VerificationFlow.FlowName => new VerificationFlow(conversation),
        OfferFlow.FlowName => new OfferFlow(conversation),
        RequestFlow.FlowName => new RequestFlow(conversation),
        PostsFlow.FlowName => new PostsFlow(conversation),
        SettingsFlow.FlowName => new SettingsFlow(conversation),
        TalkFlow.FlowName => new TalkFlow(),
        PushSettingsFlow.FlowName => new PushSettingsFlow(conversation),
        _ => null,
    };

    /// <summary>Flow name to its graph in Mermaid, as Stateless draws it.</summary>
    public static IReadOnlyDictionary<string, string> Graphs() =>
        new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [RegistrationFlow.FlowName] = RegistrationFlow.Graph(),
        [VerificationFlow.FlowName] = VerificationFlow.Graph(),
        [OfferFlow.FlowName] = OfferFlow.Graph(),
        [RequestFlow.FlowName] = RequestFlow.Graph(),
        [PostsFlow.FlowName] = PostsFlow.Graph(),
        [SettingsFlow.FlowName] = SettingsFlow.Graph(),
        [PushSettingsFlow.FlowName] = PushSettingsFlow.Graph(),
    };
}
