using SkillShare.Bot.Channels.Telegram;

namespace SkillShare.Bot.Tests.Channels.Telegram;

public class TelegramHtmlTests
{
    [Fact]
    public void Escape_TagsAndAmpersands_BecomeEntities()
    {
        var html = TelegramHtml.Escape("<script>alert('x')</script> & \"q\"");

        Assert.Equal("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\"", html);
    }

    [Fact]
    public void Split_ShortText_IsOnePart()
    {
        var parts = TelegramHtml.Split("<b>Title</b>\nbody");

        Assert.Equal(["<b>Title</b>\nbody"], parts);
    }

    [Fact]
    public void Split_LongBoldText_ClosesAndReopensTagAtCut()
    {
        var html = "<b>" + new string('a', 5000) + "</b>";

        var parts = TelegramHtml.Split(html);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.StartsWith("<b>", p, StringComparison.Ordinal));
        Assert.All(parts, p => Assert.EndsWith("</b>", p, StringComparison.Ordinal));
        Assert.All(parts, p => Assert.InRange(TelegramHtml.PlainLength(p), 1, TelegramHtml.MaxLength));
        Assert.Equal(5000, parts.Sum(TelegramHtml.PlainLength));
    }

    [Fact]
    public void Split_ManyEntities_NeverCutsOneInHalf()
    {
        var html = string.Concat(Enumerable.Repeat("&amp;", 9000));

        var parts = TelegramHtml.Split(html);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.Matches("^(&amp;)+$", p));
        Assert.Equal(9000, parts.Sum(TelegramHtml.PlainLength));
    }

    [Fact]
    public void Split_Emoji_NeverCutsASurrogatePair()
    {
        var html = string.Concat(Enumerable.Repeat("😀", 3000));

        var parts = TelegramHtml.Split(html);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(html, string.Concat(parts));
    }

    [Fact]
    public void Split_WordsAroundTheLimit_CutsAfterASpace()
    {
        var html = string.Join(' ', Enumerable.Repeat("word", 1000));

        var parts = TelegramHtml.Split(html);

        Assert.Equal(2, parts.Count);
        Assert.EndsWith("word ", parts[0], StringComparison.Ordinal);
        Assert.StartsWith("word", parts[1], StringComparison.Ordinal);
    }
}
