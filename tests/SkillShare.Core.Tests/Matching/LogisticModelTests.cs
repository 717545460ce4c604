using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Core.Tests.Matching;

public class LogisticModelTests
{
    [Fact]
    public void Predict_PriorAtReferencePair_GivesBaseRates()
    {
        var model = ReciprocalModel.CreatePrior();

        var score = model.Score(FeatureVector.Reference.Values);

        Assert.Equal(0.30, score.Client, 12);
        Assert.Equal(0.40, score.Freelancer, 12);
        Assert.Equal(0.12, score.Match, 12);
    }

    [Fact]
    public void Observe_OneAccept_TakesOneDiagonalNewtonStep()
    {
        var model = new LogisticModel(Flat(precision: 1));
        var x = Shifted(MatchFeature.SkillOverlap, 1.0);

        model.Observe(x, accepted: true);

        Assert.Equal(0.4, model.Bias, 12);
        Assert.Equal(0.4, model.Weights[(int)MatchFeature.SkillOverlap], 12);
        Assert.Equal(0.0, model.Weights[(int)MatchFeature.BudgetFit], 12);
        Assert.Equal(1, model.Observations);
    }

    [Fact]
    public void Observe_SimulatedHistory_IsCalibratedAndNearTheTruth()
    {
        var truth = new LogisticModel(Truth());
        var learnt = new LogisticModel(PriorWeights.Client());
        var random = new Random(7);
        foreach (var (x, y) in Sample(truth, random, 20_000))
            learnt.Observe(x, y);

        var holdout = Sample(truth, random, 5_000).ToList();

        Assert.True(LogLoss(learnt, holdout) - LogLoss(truth, holdout) < 0.01);
        Assert.True(LogLoss(learnt, holdout) < LogLoss(new LogisticModel(PriorWeights.Client()), holdout));
        Assert.True(WorstBinGap(learnt, holdout) < 0.05);
    }

    [Fact]
    public void ToState_RoundTrip_PredictsTheSame()
    {
        var model = new LogisticModel(PriorWeights.Freelancer());
        model.Observe(Shifted(MatchFeature.BudgetFit, 0.3), accepted: false);

        var copy = new LogisticModel(model.ToState());

        Assert.Equal(model.Predict(FeatureVector.Reference.Values), copy.Predict(FeatureVector.Reference.Values));
        Assert.Equal(1, copy.Observations);
    }

    [Fact]
    public void Constructor_WrongWeightCount_Refuses()
    {
        var state = new LogisticModelState(0, [1.0], 1, [1.0], 0);

        Assert.Throws<ArgumentException>(() => new LogisticModel(state));
    }

    private static LogisticModelState Flat(double precision) => new(
        0, new double[FeatureVector.Count], precision, Enumerable.Repeat(precision, FeatureVector.Count).ToArray(), 0);

    private static LogisticModelState Truth() => new(
        -0.5, [4.0, 2.0, 0.5, 1.5, -2.0, 1.0, 0.5, 0, 0, 1.0, 0], 1,
        Enumerable.Repeat(1.0, FeatureVector.Count).ToArray(), 0);

    private static double[] Shifted(MatchFeature feature, double by)
    {
        var x = FeatureVector.Reference.Values.ToArray();
        x[(int)feature] += by;
        return x;
    }

    private static IEnumerable<(double[] X, bool Y)> Sample(LogisticModel truth, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var x = Enumerable.Range(0, FeatureVector.Count).Select(_ => random.NextDouble()).ToArray();
            yield return (x, random.NextDouble() < truth.Predict(x));
        }
    }

    private static double LogLoss(LogisticModel model, List<(double[] X, bool Y)> data) =>
        -data.Average(d => Math.Log(d.Y ? model.Predict(d.X) : 1 - model.Predict(d.X)));

    private static double WorstBinGap(LogisticModel model, List<(double[] X, bool Y)> data) =>
        data.GroupBy(d => Math.Min(9, (int)(model.Predict(d.X) * 10)))
            .Where(bin => bin.Count() >= 100)
            .Max(bin => Math.Abs(bin.Average(d => model.Predict(d.X)) - bin.Average(d => d.Y ? 1.0 : 0.0)));
}
