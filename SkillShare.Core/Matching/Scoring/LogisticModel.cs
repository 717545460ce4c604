namespace SkillShare.Core.Matching.Scoring;

/// <summary>
/// One side's P(accept | features): a logistic model over features centred on
/// <see cref="FeatureVector.Reference"/>, with a Gaussian prior per weight, updated online.
/// </summary>
/// <remarks>
/// Each outcome takes one diagonal Newton step on the regularised log-likelihood: the precision of
/// each weight grows by p(1−p)x², and the weight moves by (y−p)x over that precision. The prior's
/// precision is where the precisions start, so early outcomes move the weights a little and the
/// steps shrink as evidence accumulates. Not thread-safe: one writer, and no reads during a write.
/// </remarks>
public sealed class LogisticModel
{
    private readonly double[] _weights;
    private readonly double[] _precisions;
    private double _bias;
    private double _biasPrecision;

    public LogisticModel(LogisticModelState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Weights.Count != FeatureVector.Count || state.Precisions.Count != FeatureVector.Count)
            throw new ArgumentException($"A model state needs {FeatureVector.Count} weights.", nameof(state));
        if (state.BiasPrecision <= 0 || state.Precisions.Any(p => p <= 0))
            throw new ArgumentException("Precisions must be positive.", nameof(state));
        _weights = [.. state.Weights];
        _precisions = [.. state.Precisions];
        _bias = state.Bias;
        _biasPrecision = state.BiasPrecision;
        Observations = state.Observations;
    }

    public long Observations { get; private set; }

    public double Bias => _bias;

    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The log-odds of acceptance for raw feature values.</summary>
    public double Logit(ReadOnlySpan<double> features)
    {
        var reference = FeatureVector.Reference.Values;
        var z = _bias;
        for (var i = 0; i < _weights.Length; i++)
            z += _weights[i] * (features[i] - reference[i]);
        return z;
    }

    public double Predict(ReadOnlySpan<double> features) => Sigmoid(Logit(features));

    /// <summary>The highest log-odds over every feature vector with low[i] ≤ x[i] ≤ high[i].</summary>
    public double MaxLogit(ReadOnlySpan<double> low, ReadOnlySpan<double> high)
    {
        var reference = FeatureVector.Reference.Values;
        var z = _bias;
        for (var i = 0; i < _weights.Length; i++)
            z += Math.Max(_weights[i] * (low[i] - reference[i]), _weights[i] * (high[i] - reference[i]));
        return z;
    }

    /// <summary>Learns from one accept (true) or decline (false) of a pair with these features.</summary>
    public void Observe(ReadOnlySpan<double> features, bool accepted)
    {
        var p = Predict(features);
        var residual = (accepted ? 1.0 : 0.0) - p;
        var curvature = p * (1 - p);
        var reference = FeatureVector.Reference.Values;

        _biasPrecision += curvature;
        _bias += residual / _biasPrecision;
        for (var i = 0; i < _weights.Length; i++)
        {
            var x = features[i] - reference[i];
            _precisions[i] += curvature * x * x;
            _weights[i] += residual * x / _precisions[i];
        }

        Observations++;
    }

    public LogisticModelState ToState() => new(_bias, [.. _weights], _biasPrecision, [.. _precisions], Observations);

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
