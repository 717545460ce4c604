using SkillShare.Bot.Hosting;

namespace SkillShare.Bot.Tests.Hosting;

public sealed class ToolCommandsTests
{
    [Fact]
    public void ResolvePath_RelativeToRepositoryRoot_IsFoundFromTheToolsFolder()
    {
        var resolved = ToolCommands.ResolvePath("SkillShare.Bot/Program.cs");

        Assert.True(Path.IsPathRooted(resolved));
        Assert.True(File.Exists(resolved));
    }

    [Theory]
    [InlineData("--taxonomy")]
    [InlineData("300")]
    [InlineData("no/such/file.csv")]
    public void ResolvePath_OptionsNumbersAndMissingFiles_AreLeftAsTyped(string argument)
    {
        Assert.Equal(argument, ToolCommands.ResolvePath(argument));
    }

    [Fact]
    public async Task TryRunAsync_ToolFailsOnAMissingFile_ReturnsOneInsteadOfThrowing()
    {
        ToolCommands.Register("test-missing-file", _ => throw new FileNotFoundException("No file at x.csv."));

        var exitCode = await ToolCommands.TryRunAsync(["test-missing-file", "x.csv"]);

        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task TryRunAsync_NoToolNamed_ReturnsNullSoTheHostStarts()
    {
        Assert.Null(await ToolCommands.TryRunAsync(["--urls", "http://127.0.0.1:0"]));
    }
}
