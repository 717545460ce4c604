using System.Collections.Frozen;
using System.Text;

namespace SkillShare.Core.Skills.Extraction;

/// <summary>
/// Splits text into lower-case terms for skill matching: words keep inner dots and trailing
/// plus or hash signs ("node.js", "c++", "c#"), Chinese characters are one term each, common
/// English stop words are dropped, and a light suffix stripper folds plurals and -ing/-ation forms.
/// </summary>
public static class SkillTokenizer
{
    private static readonly FrozenSet<string> StopWords = (
        "a an and or the of in on for to with by as at from is are be this that into its it their our your "
        + "we you will can must have has who which other such use using via per e g etc")
        .Split(' ')
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words job adverts use around any skill ("strong experience with", "knowledge of").</summary>
    private static readonly FrozenSet<string> Boilerplate = (
        "experience experienced skill skills knowledge ability able years year strong good excellent solid great "
        + "understanding required requirement requirements plus preferred proven familiarity familiar proficiency "
        + "proficient candidate candidates ideally desirable demonstrated")
        .Split(' ')
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Suffixes = ["ations", "ation", "ings", "ing", "ies", "es", "s", "ed", "ly"];

    /// <summary>
    /// The terms of <paramref name="text"/> in order; stemmed unless <paramref name="stem"/> is false;
    /// without job-advert boilerplate ("experience", "knowledge", "strong"...) when <paramref name="query"/>.
    /// </summary>
    public static List<string> Tokenize(string text, bool stem = true, bool query = false)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? char.ToLowerInvariant(text[i]) : ' ';
            if (IsIdeograph(c))
            {
                Flush(word, terms, stem, query);
                terms.Add(c.ToString());
            }
            else if (char.IsLetterOrDigit(c) || (i < text.Length && IsInnerMark(text, i, word.Length)))
            {
                word.Append(c);
            }
            else
            {
                Flush(word, terms, stem, query);
            }
        }

        return terms;
    }

    /// <summary>Strips one common English suffix from a plain alphabetic word of more than four letters.</summary>
    public static string Stem(string word)
    {
        if (!word.All(char.IsAsciiLetterLower))
            return word;

        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length] + (suffix == "ies" ? "y" : "");
        }

        return word;
    }

    private static bool IsInnerMark(string text, int i, int wordLength)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '.' => char.IsLetterOrDigit(next) && (wordLength > 0 || i == 0 || char.IsWhiteSpace(text[i - 1])),
            '+' or '#' => wordLength > 0 && !char.IsLetterOrDigit(next),
            _ => false,
        };
    }

    private static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static void Flush(StringBuilder word, List<string> terms, bool stem, bool query)
    {
        if (word.Length == 0)
            return;

        var term = word.ToString();
        word.Clear();
        if (!StopWords.Contains(term) && !(query && Boilerplate.Contains(term)))
            terms.Add(stem ? Stem(term) : term);
    }
}
