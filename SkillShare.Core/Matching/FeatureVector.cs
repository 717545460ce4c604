namespace SkillShare.Core.Matching;

/// <summary>The feature values of one request–offer pair, indexed by <see cref="MatchFeature"/>.</summary>
public sealed class FeatureVector
{
    /// <summary>How many features there are.</summary>
    public const int Count = (int)MatchFeature.RequestRecency + 1;

    private readonly double[] _values;

    public FeatureVector(ReadOnlySpan<double> values)
    {
        if (values.Length != Count)
            throw new ArgumentException($"A feature vector has {Count} values, not {values.Length}.", nameof(values));
        _values = values.ToArray();
    }

    public double this[MatchFeature feature] => _values[(int)feature];

    public ReadOnlySpan<double> Values => _values;

    /// <summary>
    /// A typical pair: the point where the prior's bias is the log-odds of accepting. Contributions to a
    /// score are measured from here, so an average feature explains nothing.
    /// </summary>
    public static FeatureVector Reference { get; } =
        new([0.5, 0.3, 0.5, 1.0, 0.25, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
}
