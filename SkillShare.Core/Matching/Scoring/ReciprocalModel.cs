namespace SkillShare.Core.Matching.Scoring;

/// <summary>
/// P(match | features) for a pair: the client-side and freelancer-side acceptance models, fused as
/// their product, with the reasons that moved the score.
/// </summary>
/// <remarks>
/// The product is the probability that both accept when the two decisions are independent given the
/// features, so it stays a calibrated probability if each side is; a harmonic mean would rank much
/// the same (it also punishes one-sided pairs) but is no probability of anything.
/// </remarks>
public sealed class ReciprocalModel(LogisticModel client, LogisticModel freelancer)
{
    /// <summary>How many reasons a match carries.</summary>
    public const int ReasonCount = 3;

    /// <summary>
    /// Relative headroom on <see cref="UpperBound(Span{double}, MatchFeature, double, double)"/>: its
    /// logits are summed in another order than <see cref="Score"/>'s, so rounding may differ a little.
    /// </summary>
    private const double BoundSlack = 1e-9;

    public LogisticModel Client { get; } = client;

    public LogisticModel Freelancer { get; } = freelancer;

    /// <summary>A model with the prior weights and no history.</summary>
    public static ReciprocalModel CreatePrior() =>
        new(new LogisticModel(PriorWeights.Client()), new LogisticModel(PriorWeights.Freelancer()));

    public MatchScore Score(ReadOnlySpan<double> features) =>
        new(Client.Predict(features), Freelancer.Predict(features));

    /// <summary>
    /// The highest P(match) any value of one feature between <paramref name="low"/> and
    /// <paramref name="high"/> could give, the other features fixed; used to skip work that cannot
    /// change a ranking.
    /// </summary>
    public double UpperBound(Span<double> features, MatchFeature feature, double low, double high)
    {
        var i = (int)feature;
        var saved = features[i];
        features[i] = low;
        var clientLow = Client.Logit(features);
        var freelancerLow = Freelancer.Logit(features);
        features[i] = saved;
        var clientBest = clientLow + Math.Max(0, Client.Weights[i] * (high - low));
        var freelancerBest = freelancerLow + Math.Max(0, Freelancer.Weights[i] * (high - low));
        return LogisticModel.Sigmoid(clientBest) * LogisticModel.Sigmoid(freelancerBest) * (1 + BoundSlack);
    }

    /// <summary>The highest P(match) over every feature vector with low[i] ≤ x[i] ≤ high[i].</summary>
    public double UpperBound(ReadOnlySpan<double> low, ReadOnlySpan<double> high) =>
        LogisticModel.Sigmoid(Client.MaxLogit(low, high)) * LogisticModel.Sigmoid(Freelancer.MaxLogit(low, high));

    /// <summary>
    /// The features that raised log P(match) most: each one's contribution is how far log P(match)
    /// would fall if that feature alone took its reference value. Highest first.
    /// </summary>
    public IReadOnlyList<MatchReason> Explain(FeatureVector features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var full = LogMatch(features.Values);
        Span<double> probe = stackalloc double[FeatureVector.Count];
        var reasons = new List<MatchReason>(FeatureVector.Count);
        for (var i = 0; i < FeatureVector.Count; i++)
        {
            features.Values.CopyTo(probe);
            probe[i] = FeatureVector.Reference.Values[i];
            reasons.Add(new MatchReason((MatchFeature)i, features.Values[i], full - LogMatch(probe)));
        }

        return [.. reasons.OrderByDescending(r => r.Contribution).ThenBy(r => r.Feature).Take(ReasonCount)];
    }

    /// <summary>Learns from the client's answer (invite or skip) to a pair with these features.</summary>
    public void ObserveClient(FeatureVector features, bool accepted) =>
        Client.Observe(features.Values, accepted);

    /// <summary>Learns from the freelancer's answer (interested or not for me).</summary>
    public void ObserveFreelancer(FeatureVector features, bool accepted) =>
        Freelancer.Observe(features.Values, accepted);

    private double LogMatch(ReadOnlySpan<double> x) =>
        LogSigmoid(Client.Logit(x)) + LogSigmoid(Freelancer.Logit(x));

    private static double LogSigmoid(double z) => z >= 0 ? -Math.Log(1 + Math.Exp(-z)) : z - Math.Log(1 + Math.Exp(z));
}
