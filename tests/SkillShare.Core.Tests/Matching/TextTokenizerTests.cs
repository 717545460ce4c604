using SkillShare.Core.Matching.Retrieval;

namespace SkillShare.Core.Tests.Matching;

public class TextTokenizerTests
{
    [Fact]
    public void Tokenize_MixedText_KeepsSymbolsAndDropsStopWords()
    {
        var terms = TextTokenizer.Tokenize("Senior C# and C++ dev, for the .NET team!");

        Assert.Equal(["senior", "c#", "c++", "dev", "net", "team"], terms);
    }

    [Fact]
    public void Tokenize_ChineseRun_CutsIntoCharacterPairs()
    {
        var terms = TextTokenizer.Tokenize("需要人工智能 expert");

        Assert.Equal(["需要", "要人", "人工", "工智", "智能", "expert"], terms);
    }
}
