using System.Text;

namespace SkillShare.Core.Skills.Esco;

/// <summary>Reads the rows of ESCO files one after another, reporting bytes read across all of them.</summary>
internal sealed class EscoProgressReader(EscoFiles files, long totalBytes, IProgress<EscoImportProgress>? progress)
{
    private const long ReportEvery = 256 * 1024;

    private long _read;
    private long _lastReport;

    public IEnumerable<CsvRow> Rows(string name)
    {
        using var stream = new ProgressStream(files.Open(name), count => Advance(name, count));
        using var text = new StreamReader(stream, Encoding.UTF8);
        foreach (var row in new CsvReader(text).ReadRows())
            yield return row;

        progress?.Report(new EscoImportProgress(name, _read, totalBytes));
    }

    private void Advance(string name, int count)
    {
        _read += count;
        if (_read - _lastReport < ReportEvery)
            return;

        _lastReport = _read;
        progress?.Report(new EscoImportProgress(name, _read, totalBytes));
    }
}
