using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SkillShare.Core.Matching.Retrieval;

/// <summary>
/// Splits post text into search terms: lower-cased words of letters, digits, '#' and '+' ("c#",
/// "c++"), English stop words dropped, and Chinese, Japanese or Korean runs cut into overlapping
/// character pairs, since those scripts put no spaces between words.
/// </summary>
public static class TextTokenizer
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "i", "in", "is",
        "it", "its", "of", "on", "or", "our", "that", "the", "this", "to", "we", "with", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        var word = new StringBuilder();
        var cjk = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (IsCjk(c))
            {
                Flush(word, terms);
                cjk.Append(c);
                continue;
            }

            FlushCjk(cjk, terms);
            if (char.IsLetterOrDigit(c) || (c is '#' or '+' && word.Length > 0))
                word.Append(c);
            else
                Flush(word, terms);
        }

        Flush(word, terms);
        FlushCjk(cjk, terms);
        return terms;
    }

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length == 0)
            return;
        var term = word.ToString();
        word.Clear();
        if (!StopWords.Contains(term))
            terms.Add(term);
    }

    private static void FlushCjk(StringBuilder run, List<string> terms)
    {
        if (run.Length == 1)
            terms.Add(run.ToString());
        for (var i = 0; i + 1 < run.Length; i++)
            terms.Add(run.ToString(i, 2));
        run.Clear();
    }

    private static bool IsCjk(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter
        && (c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af');
}
