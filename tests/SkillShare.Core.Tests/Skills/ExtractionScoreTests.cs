using SkillShare.Core.Skills.Extraction.Evaluation;

namespace SkillShare.Core.Tests.Skills;

public class ExtractionScoreTests
{
    [Fact]
    public void OfSentence_TwoGoldOneAtRankTwoOneAtRankSix_GivesExactFigures()
    {
        var ranked = new[] { "x", "a", "y", "z", "w", "b" };

        var score = ExtractionScore.OfSentence(ranked, new HashSet<string> { "a", "b" });

        Assert.Equal(0.5, score.RPrecision);
        Assert.Equal(0.5, score.RecallAt5);
        Assert.Equal(0.5, score.Mrr);
    }

    [Fact]
    public void Plus_TwoSentences_AveragesAndFormatsSummaryLine()
    {
        var hit = ExtractionScore.OfSentence(["a"], new HashSet<string> { "a" });
        var miss = ExtractionScore.OfSentence(["b"], new HashSet<string> { "a" });

        var total = hit.Plus(miss);

        Assert.Equal("rp=0.500 r5=0.500 mrr=0.500 n=2", total.ToString());
    }

    [Fact]
    public void Load_RowsSharingASentence_AreGroupedInOrder()
    {
        var csv = "sentence,span,sub_span,label\ns1,a,,A\ns2,b,,LABEL NOT PRESENT\ns1,c,,C\ns1,a,,A\n";

        var sentences = LabelledSentence.Load(new StringReader(csv));

        Assert.Equal(["s1", "s2"], sentences.Select(s => s.Text));
        Assert.Equal(["A", "C"], sentences[0].Labels);
    }
}
