using SkillShare.Core.Skills.Esco;

namespace SkillShare.Core.Tests.Skills;

public class CsvReaderTests
{
    private static List<IReadOnlyList<string>> Read(string csv) =>
        new CsvReader(new StringReader(csv)).ReadRecords().ToList();

    [Fact]
    public void ReadRecords_QuotedFieldWithComma_KeepsCommaInField()
    {
        var records = Read("a,\"b, c\",d\n");

        Assert.Equal(["a", "b, c", "d"], records.Single());
    }

    [Fact]
    public void ReadRecords_QuotedFieldOverSeveralLines_IsOneField()
    {
        var records = Read("id,alt\n1,\"first\nsecond\r\nthird\"\n2,x\n");

        Assert.Equal(3, records.Count);
        Assert.Equal("first\nsecond\r\nthird", records[1][1]);
        Assert.Equal(["2", "x"], records[2]);
    }

    [Fact]
    public void ReadRecords_DoubledQuotes_BecomeOneQuote()
    {
        var records = Read("\"say \"\"hi\"\"\",\"\"\"\"\r\n");

        Assert.Equal(["say \"hi\"", "\""], records.Single());
    }

    [Fact]
    public void ReadRecords_EmptyFieldsAndCrLf_AreKept()
    {
        var records = Read("a,,c\r\n,,\r\n");

        Assert.Equal(["a", "", "c"], records[0]);
        Assert.Equal(["", "", ""], records[1]);
    }

    [Fact]
    public void ReadRows_ByHeaderName_ReadsFieldsAndMissingColumnAsEmpty()
    {
        var rows = new CsvReader(new StringReader("\uFEFFname,label\nx,\"y\nz\"\n\n")).ReadRows().ToList();

        var row = Assert.Single(rows);
        Assert.Equal("x", row["name"]);
        Assert.Equal("y\nz", row["LABEL"]);
        Assert.Equal("", row["absent"]);
    }
}
