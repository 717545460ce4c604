using SkillShare.Core.Matching.Evaluation;
using SkillShare.Core.Skills.Esco;

namespace SkillShare.Core.Tests.Matching;

public sealed class EscoOccupationsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("esco-occupations").FullName;

    [Fact]
    public void Read_RelationsAndLabels_KeepsEssentialSkillsPerOccupation()
    {
        File.WriteAllText(Path.Combine(_folder, EscoOccupations.RelationsFile), """
            occupationUri,relationType,skillType,skillUri
            occ/b,essential,knowledge,skill/1
            occ/a,essential,skill/competence,skill/2
            occ/a,optional,skill/competence,skill/3
            occ/a,essential,knowledge,skill/4
            """);
        File.WriteAllText(Path.Combine(_folder, EscoOccupations.OccupationsFile), """
            conceptType,conceptUri,preferredLabel
            Occupation,occ/a,"baker, artisan"
            """);
        using var files = new EscoFiles([_folder]);

        var occupations = EscoOccupations.Read(files);

        Assert.Equal(["occ/a", "occ/b"], occupations.Select(o => o.Id));
        Assert.Equal("baker, artisan", occupations[0].Label);
        Assert.Equal(["skill/2", "skill/4"], occupations[0].EssentialSkills);
        Assert.Equal("occ/b", occupations[1].Label);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
