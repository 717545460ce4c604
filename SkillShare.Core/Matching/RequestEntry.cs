using SkillShare.Core.Posts;

namespace SkillShare.Core.Matching;

/// <summary>A talent request with the client who made it.</summary>
public sealed record RequestEntry(TalentRequest Request, MatchParty Client);
