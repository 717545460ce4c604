using SkillShare.Core.Posts;

namespace SkillShare.Core.Matching;

/// <summary>A skill offer with the freelancer who made it, as the offer index holds it.</summary>
public sealed record OfferEntry(SkillOffer Offer, MatchParty Freelancer);
