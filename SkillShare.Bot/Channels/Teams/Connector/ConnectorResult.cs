using SkillShare.Bot.Conversations;

namespace SkillShare.Bot.Channels.Teams.Connector;

/// <summary>What a connector call came to: the outcome, the id Teams gave the activity, and a retry hint.</summary>
public sealed record ConnectorResult(SendOutcome Outcome, string? Id = null, TimeSpan? RetryAfter = null,
    string? Error = null)
{
    public SendResult ToSendResult() => new(Outcome, RetryAfter, Error);
}
