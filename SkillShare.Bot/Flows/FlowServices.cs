using Microsoft.Extensions.Logging;
using SkillShare.Bot.Flows.Posting;
using SkillShare.Bot.Flows.Verification;
using SkillShare.Bot.Localization;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;
using SkillShare.Core.Skills;

namespace SkillShare.Bot.Flows;

/// <summary>What flows use beyond the turn: texts, clock, read-only stores, skills and the phone key.</summary>
internal sealed class FlowServices(
    Texts texts,
    TimeProvider clock,
    IMemberStore members,
    IPostStore posts,
    SkillNormalizer skills,
    PhoneHashKey phoneKey,
    IPostingPolicy posting,
    IEnumerable<ITurnHook> hooks,
    ILogger<FlowServices> logger)
{
    public Texts Texts => texts;

    public TimeProvider Clock => clock;

    public IMemberStore Members => members;

    public IPostStore Posts => posts;

    public SkillNormalizer Skills => skills;

    public PhoneHashKey PhoneKey => phoneKey;

    public IPostingPolicy Posting => posting;

    /// <summary>Other areas' parts in every turn (matching), in registration order.</summary>
    public IReadOnlyList<ITurnHook> Hooks { get; } = [.. hooks];

    public ILogger Logger => logger;
}
