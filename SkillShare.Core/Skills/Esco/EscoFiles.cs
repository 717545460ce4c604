using System.IO.Compression;

namespace SkillShare.Core.Skills.Esco;

/// <summary>
/// The ESCO CSV files found in the given inputs: zips of the official distribution, single CSV
/// files, or folders of them. A file is known by its name (skills_en.csv, broaderRelationsSkillPillar.csv...).
/// </summary>
public sealed class EscoFiles : IDisposable
{
    private readonly List<ZipArchive> _zips = [];
    private readonly Dictionary<string, (Func<Stream> Open, long Length)> _files =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the inputs; a missing input throws <see cref="FileNotFoundException"/>.</summary>
    public EscoFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            Add(path);
    }

    /// <summary>True when a file of that name is among the inputs.</summary>
    public bool Contains(string name) => _files.ContainsKey(name);

    /// <summary>Opens the named file for reading.</summary>
    public Stream Open(string name) => Get(name).Open();

    /// <summary>The named file's uncompressed length in bytes.</summary>
    public long Length(string name) => Get(name).Length;

    public void Dispose()
    {
        foreach (var zip in _zips)
            zip.Dispose();
    }

    private (Func<Stream> Open, long Length) Get(string name) =>
        _files.TryGetValue(name, out var file)
            ? file
            : throw new FileNotFoundException($"{name} is in none of the ESCO inputs.", name);

    private void Add(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path))
                AddFile(file);
            return;
        }

        if (!File.Exists(path))
            throw new FileNotFoundException($"No ESCO file or folder at {path}.", path);
        AddFile(path);
    }

    private void AddFile(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            AddZip(path);
            return;
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            _files[Path.GetFileName(path)] = (() => File.OpenRead(path), new FileInfo(path).Length);
    }

    private void AddZip(string path)
    {
        var zip = ZipFile.OpenRead(path);
        _zips.Add(zip);
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
            _files[entry.Name] = (entry.Open, entry.Length);
    }
}
