using SkillShare.Core.Matching.Scoring;

namespace SkillShare.Core.Matching.Matches;

/// <summary>Keeps the learnt reciprocal model between runs.</summary>
public interface IModelStateStore
{
    /// <summary>The stored client and freelancer states; null before anything was learnt.</summary>
    (LogisticModelState Client, LogisticModelState Freelancer)? LoadModel();

    /// <summary>Saves the model and marks these matches' answers as learnt, in one transaction.</summary>
    void SaveModel(LogisticModelState client, LogisticModelState freelancer, IEnumerable<Match> learnt);
}
