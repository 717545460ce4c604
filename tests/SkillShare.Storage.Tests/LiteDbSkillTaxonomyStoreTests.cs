using SkillShare.Core.Skills;

namespace SkillShare.Storage.Tests;

public sealed class LiteDbSkillTaxonomyStoreTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    private static SkillTaxonomy Taxonomy(string description) => new(
    [
        new Skill { Id = "g", PreferredLabel = "ICT", SkillType = Skill.GroupType },
        new Skill
        {
            Id = "java",
            PreferredLabel = "Java (computer programming)",
            AltLabels = ["Java", " java 8 "],
            Broader = ["g"],
            SkillType = "knowledge",
            Description = description,
        },
        new Skill { Id = "sql", PreferredLabel = "SQL" },
    ]);

    [Fact]
    public void Load_NothingImported_ReturnsNull()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, TimeProvider.System);

        Assert.Null(new LiteDbSkillTaxonomyStore(store.Database).Load());
    }

    [Fact]
    public void Replace_ThenLoadAfterReopen_KeepsEveryFieldExactly()
    {
        using (var store = LiteDbStore.OpenFile(_file.Path, TimeProvider.System))
            new LiteDbSkillTaxonomyStore(store.Database).Replace(Taxonomy(""));

        using var reopened = LiteDbStore.OpenFile(_file.Path, TimeProvider.System);
        var loaded = new LiteDbSkillTaxonomyStore(reopened.Database).Load()!;

        var java = loaded.FindByLabel("java")!;
        Assert.Equal(["Java", " java 8 "], java.AltLabels);
        Assert.Equal(["g"], java.Broader);
        Assert.Equal(("knowledge", ""), (java.SkillType, java.Description));
        Assert.True(loaded.FindById("g")!.IsGroup);
    }

    [Fact]
    public void Replace_SameTaxonomyTwice_GivesSameDataAsOnce()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, TimeProvider.System);
        var skills = new LiteDbSkillTaxonomyStore(store.Database);
        skills.Replace(Taxonomy("first"));
        var once = skills.Load()!.All.Select(Describe).ToList();

        skills.Replace(Taxonomy("first"));

        Assert.Equal(once, skills.Load()!.All.Select(Describe));
        Assert.Equal(3, store.Database.GetCollection(LiteDbSkillTaxonomyStore.CollectionName).Count());
    }

    [Fact]
    public void Replace_NewImport_DropsSkillsTheOldOneHad()
    {
        using var store = LiteDbStore.OpenFile(_file.Path, TimeProvider.System);
        var skills = new LiteDbSkillTaxonomyStore(store.Database);
        skills.Replace(Taxonomy("old"));

        skills.Replace(new SkillTaxonomy([new Skill { Id = "sql", PreferredLabel = "SQL" }]));

        Assert.Equal(["sql"], skills.Load()!.All.Select(s => s.Id));
    }

    private static string Describe(Skill s) =>
        string.Join('|', s.Id, s.PreferredLabel, string.Join(',', s.AltLabels), string.Join(',', s.Broader),
            s.SkillType, s.Description);
}
