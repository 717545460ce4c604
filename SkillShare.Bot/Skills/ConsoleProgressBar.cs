using SkillShare.Core.Skills.Esco;

namespace SkillShare.Bot.Skills;

/// <summary>Draws an import's progress on one console line: [#####-----]  50% skills_en.csv.</summary>
public sealed class ConsoleProgressBar(TextWriter output, int width = 40) : IProgress<EscoImportProgress>
{
    private int _lastPercent = -1;

    public void Report(EscoImportProgress value)
    {
        var percent = (int)(value.Fraction * 100);
        if (percent == _lastPercent)
            return;

        _lastPercent = percent;
        var filled = percent * width / 100;
        output.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {percent,3}% {value.File,-36}");
    }

    /// <summary>Ends the progress line.</summary>
    public void Complete() => output.WriteLine();
}
