namespace SkillShare.Core.Skills.Esco;

/// <summary>How far an import has read: the file being read and the bytes read of all files to read.</summary>
public sealed record EscoImportProgress(string File, long BytesRead, long TotalBytes)
{
    /// <summary>The share read so far, 0..1.</summary>
    public double Fraction => TotalBytes <= 0 ? 1 : Math.Min(1, (double)BytesRead / TotalBytes);
}
