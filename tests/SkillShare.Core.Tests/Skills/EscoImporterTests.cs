using System.IO.Compression;
using SkillShare.Core.Skills;
using SkillShare.Core.Skills.Esco;

namespace SkillShare.Core.Tests.Skills;

public sealed class EscoImporterTests : IDisposable
{
    private readonly EscoTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Import_SkillsCsvAlone_ReadsLabelsTypeAndDescription()
    {
        var result = EscoImporter.Import([_files.SkillsCsv]);

        var java = result.Taxonomy.FindById(EscoTestFiles.Java)!;
        Assert.Equal(2, result.Skills);
        Assert.Equal("Java (computer programming)", java.PreferredLabel);
        Assert.Equal(["Java", "java programming"], java.AltLabels);
        Assert.Equal("knowledge", java.SkillType);
        Assert.Equal("The language, \"Java\".", java.Description);
        Assert.Empty(java.Broader);
    }

    [Fact]
    public void Import_WithRelations_LinksSkillsToBroaderSkillsAndGroups()
    {
        var result = EscoImporter.Import([_files.Folder]);

        var taxonomy = result.Taxonomy;
        Assert.Equal([EscoTestFiles.Programming], taxonomy.FindById(EscoTestFiles.Java)!.Broader);
        Assert.Equal([EscoTestFiles.Group], taxonomy.FindById(EscoTestFiles.Programming)!.Broader);
        Assert.True(taxonomy.FindById(EscoTestFiles.Group)!.IsGroup);
        Assert.Equal([EscoTestFiles.Java], taxonomy.NarrowerOf(EscoTestFiles.Programming).Select(s => s.Id));
        Assert.Equal((2, 1, 2), (result.Skills, result.Groups, result.BroaderLinks));
    }

    [Fact]
    public void Import_Zip_GivesSameTaxonomyAsFolder()
    {
        var zip = _files.Folder + ".zip";
        ZipFile.CreateFromDirectory(_files.Folder, zip);

        var fromZip = EscoImporter.Import([zip]).Taxonomy.All;
        File.Delete(zip);

        Assert.Equal(EscoImporter.Import([_files.Folder]).Taxonomy.All, fromZip, SkillComparer.Instance);
    }

    [Theory]
    [InlineData("java programming")]
    [InlineData("JAVA")]
    [InlineData("Software-Programming")]
    public void FindByLabel_AltLabelAnyCase_FindsImportedSkill(string label)
    {
        var taxonomy = EscoImporter.Import([_files.SkillsCsv]).Taxonomy;

        var skill = taxonomy.FindByLabel(label);

        Assert.NotNull(skill);
        Assert.Contains(label.ToLowerInvariant().Replace('-', ' '), skill.AltLabels.Select(a => a.ToLowerInvariant()));
    }

    [Fact]
    public void FindByLabel_GroupAndSkillShareALabel_FindsTheSkill()
    {
        var group = new Skill { Id = "a-group", PreferredLabel = "biology", SkillType = Skill.GroupType };
        var skill = new Skill { Id = "b-skill", PreferredLabel = "Biology" };

        var taxonomy = new SkillTaxonomy([skill, group]);

        Assert.Equal("b-skill", taxonomy.FindByLabel("biology")!.Id);
    }

    [Fact]
    public void Import_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => EscoImporter.Import([Path.Combine(_files.Folder, "none.zip")]));
    }
}
