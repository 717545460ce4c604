using System.Text;

namespace SkillShare.Bot.Channels.Telegram;

/// <summary>
/// HTML for Telegram's HTML parse mode: escaping of user text, and splitting of long text into
/// messages of at most 4096 visible characters without cutting a tag, an entity or a surrogate pair.
/// Tags open at a cut are closed at the end of one part and opened again at the start of the next.
/// </summary>
public static class TelegramHtml
{
    /// <summary>Telegram's limit for a message's text after entity parsing, in UTF-16 units.</summary>
    public const int MaxLength = 4096;

    /// <summary>Escapes the three characters HTML parse mode reserves: &amp;, &lt; and &gt;.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The visible length Telegram counts: tags count 0, an entity counts 1.</summary>
    public static int PlainLength(string html) => Tokenize(html).Sum(t => t.Length);

    public static IReadOnlyList<string> Split(string html, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var tokens = Tokenize(html);
        var parts = new List<string>();
        var open = new List<string>();
        var start = 0;
        while (start < tokens.Count)
        {
            var end = CutAfter(tokens, start, maxLength);
            parts.Add(Render(tokens, start, end, open));
            start = end;
        }

        return parts;
    }

    private static int CutAfter(List<Token> tokens, int start, int maxLength)
    {
        var length = 0;
        var i = start;
        while (i < tokens.Count && length + tokens[i].Length <= maxLength)
            length += tokens[i++].Length;

        if (i == tokens.Count)
            return i;

        for (var j = i; j > start + ((i - start) / 2); j--)
        {
            if (tokens[j - 1].IsBreak)
                return j;
        }

        return i;
    }

    private static string Render(List<Token> tokens, int start, int end, List<string> open)
    {
        var text = new StringBuilder(string.Concat(open));
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            text.Append(token.Text);
            if (token.IsTag)
                Track(open, token.Text);
        }

        for (var i = open.Count - 1; i >= 0; i--)
            text.Append("</").Append(NameOf(open[i])).Append('>');

        return text.ToString();
    }

    private static void Track(List<string> open, string tag)
    {
        if (tag.StartsWith("</", StringComparison.Ordinal))
        {
            var name = NameOf(tag);
            var index = open.FindLastIndex(t => NameOf(t) == name);
            if (index >= 0)
                open.RemoveAt(index);
        }
        else if (!tag.EndsWith("/>", StringComparison.Ordinal))
        {
            open.Add(tag);
        }
    }

    private static string NameOf(string tag)
    {
        var from = tag.StartsWith("</", StringComparison.Ordinal) ? 2 : 1;
        var to = tag.IndexOfAny([' ', '>', '/'], from);
        return tag[from..(to < 0 ? tag.Length : to)];
    }

    private static List<Token> Tokenize(string html)
    {
        var tokens = new List<Token>(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var token = Next(html, i);
            tokens.Add(token);
            i += token.Text.Length;
        }

        return tokens;
    }

    private static Token Next(string html, int i)
    {
        var c = html[i];
        if (c == '<' && html.IndexOf('>', i) is var close and > 0)
            return new Token(html[i..(close + 1)], 0, IsTag: true, IsBreak: false);
        if (c == '&' && html.IndexOf(';', i) is var semi and > 0 && semi - i <= 10)
            return new Token(html[i..(semi + 1)], 1, IsTag: false, IsBreak: false);
        if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            return new Token(html.Substring(i, 2), 2, IsTag: false, IsBreak: false);

        return new Token(c.ToString(), 1, IsTag: false, IsBreak: char.IsWhiteSpace(c));
    }

    private readonly record struct Token(string Text, int Length, bool IsTag, bool IsBreak);
}
