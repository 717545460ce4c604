using SkillShare.Core.Matching;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Bot.Matching;

/// <summary>
/// The one reciprocal model of the process, loaded from the store at start; every answer to a
/// match teaches it once and the new state is saved with the match marked as learnt.
/// </summary>
internal sealed class MatchModelService(IModelStateStore store)
{
    private readonly Lock _gate = new();
    private ReciprocalModel? _model;

    /// <summary>Runs scoring with the model; learning never runs at the same time.</summary>
    public T Use<T>(Func<ReciprocalModel, T> score)
    {
        lock (_gate)
            return score(Model());
    }

    /// <summary>Learns from the answers in these matches not learnt yet; returns how many.</summary>
    public int Learn(IEnumerable<Match> matches)
    {
        lock (_gate)
        {
            var model = Model();
            var learnt = new List<Match>();
            foreach (var match in matches.Where(m => m.Features.Count == FeatureVector.Count))
            {
                if (LearnOne(model, match))
                    learnt.Add(match);
            }

            if (learnt.Count > 0)
                store.SaveModel(model.Client.ToState(), model.Freelancer.ToState(), learnt);
            return learnt.Count;
        }
    }

    private static bool LearnOne(ReciprocalModel model, Match match)
    {
        var features = new FeatureVector([.. match.Features]);
        var any = false;
        if (!match.ClientLearned && match.ClientDecision != MatchDecision.Pending)
        {
            model.ObserveClient(features, match.ClientDecision == MatchDecision.Yes);
            match.ClientLearned = any = true;
        }

        if (!match.FreelancerLearned && match.FreelancerDecision != MatchDecision.Pending)
        {
            model.ObserveFreelancer(features, match.FreelancerDecision == MatchDecision.Yes);
            match.FreelancerLearned = any = true;
        }

        return any;
    }

    private ReciprocalModel Model()
    {
        if (_model is not null)
            return _model;
        var state = store.LoadModel();
        _model = state is { } s
            ? new ReciprocalModel(new LogisticModel(s.Client), new LogisticModel(s.Freelancer))
            : ReciprocalModel.CreatePrior();
        return _model;
    }
}
