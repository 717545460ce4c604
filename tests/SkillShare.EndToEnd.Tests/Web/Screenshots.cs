using Microsoft.Playwright;

namespace SkillShare.EndToEnd.Tests.Web;

/// <summary>Saves numbered screenshots under TestResults/screenshots/&lt;scenario&gt; at the repository root.</summary>
public sealed class Screenshots(IPage page, string scenario)
{
    private int _step;

    public string Folder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots", scenario);

    public async Task TakeAsync(string name)
    {
        _step++;
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, $"{_step:00}-{name}.png"),
            FullPage = true,
        });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillShare.sln")))
                return dir.FullName;
        }

        return AppContext.BaseDirectory;
    }
}
