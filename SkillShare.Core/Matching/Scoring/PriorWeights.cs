namespace SkillShare.Core.Matching.Scoring;

/// <summary>
/// The models before any accept/decline history: a base rate for each side and weights that say what
/// each side is believed to care about. Weights sit on features centred at the reference pair.
/// </summary>
public static class PriorWeights
{
    /// <summary>Prior precision of each weight: a standard deviation of about 0.7 around the prior.</summary>
    public const double WeightPrecision = 2.0;

    /// <summary>Prior precision of the bias.</summary>
    public const double BiasPrecision = 1.0;

    /// <summary>A client accepts about 30% of typical candidates shown; skills and reputation count most.</summary>
    public static LogisticModelState Client() => State(
        baseRate: 0.30,
        skillOverlap: 3.0, text: 1.5, budget: 1.0, hours: 1.0, timeZone: -1.5,
        freelancerReputation: 1.5, freelancerResponse: 1.0, clientReputation: 0, clientResponse: 0,
        offerRecency: 0.5, requestRecency: 0);

    /// <summary>A freelancer accepts about 40% of typical requests; pay and a responsive client count most.</summary>
    public static LogisticModelState Freelancer() => State(
        baseRate: 0.40,
        skillOverlap: 2.0, text: 0.5, budget: 2.0, hours: 0.5, timeZone: -1.0,
        freelancerReputation: 0, freelancerResponse: 0, clientReputation: 1.0, clientResponse: 1.5,
        offerRecency: 0, requestRecency: 1.0);

    private static LogisticModelState State(
        double baseRate, double skillOverlap, double text, double budget, double hours, double timeZone,
        double freelancerReputation, double freelancerResponse, double clientReputation, double clientResponse,
        double offerRecency, double requestRecency)
    {
        double[] weights =
        [
            skillOverlap, text, budget, hours, timeZone, freelancerReputation, freelancerResponse,
            clientReputation, clientResponse, offerRecency, requestRecency,
        ];
        var precisions = Enumerable.Repeat(WeightPrecision, weights.Length).ToArray();
        return new LogisticModelState(Math.Log(baseRate / (1 - baseRate)), weights, BiasPrecision, precisions, 0);
    }
}
