namespace SkillShare.Storage.Tests;

/// <summary>A data file in a fresh temp folder, deleted with the folder afterwards.</summary>
public sealed class TempDataFile : IDisposable
{
    private readonly string _folder =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "skillshare-tests", Guid.NewGuid().ToString("N"));

    public TempDataFile() => Directory.CreateDirectory(_folder);

    public string Path => System.IO.Path.Combine(_folder, "skillshare.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
