using LiteDB;
using SkillShare.Core.Skills;

namespace SkillShare.Storage;

/// <summary>
/// Keeps the skill taxonomy in LiteDB, one document per skill. Documents are mapped by hand so the
/// store does not depend on a mapper's string trimming or empty-string rules.
/// </summary>
public sealed class LiteDbSkillTaxonomyStore(LiteDatabase database) : ISkillTaxonomyStore
{
    /// <summary>The collection holding one document per skill.</summary>
    public const string CollectionName = "skill_taxonomy";

    private ILiteCollection<BsonDocument> Skills => database.GetCollection(CollectionName);

    public SkillTaxonomy? Load()
    {
        var skills = Skills.FindAll().Select(FromDocument).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        return skills.Count == 0 ? null : new SkillTaxonomy(skills);
    }

    public void Replace(SkillTaxonomy taxonomy)
    {
        var documents = taxonomy.All.Select(ToDocument).ToList();
        database.BeginTrans();
        try
        {
            Skills.DeleteAll();
            Skills.InsertBulk(documents);
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }
    }

    private static BsonDocument ToDocument(Skill skill) => new()
    {
        ["_id"] = skill.Id,
        ["label"] = skill.PreferredLabel,
        ["alt"] = new BsonArray(skill.AltLabels.Select(a => new BsonValue(a))),
        ["broader"] = new BsonArray(skill.Broader.Select(b => new BsonValue(b))),
        ["type"] = skill.SkillType,
        ["description"] = skill.Description,
    };

    private static Skill FromDocument(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        PreferredLabel = document["label"].AsString,
        AltLabels = Strings(document["alt"]),
        Broader = Strings(document["broader"]),
        SkillType = document["type"].AsString ?? "",
        Description = document["description"].AsString ?? "",
    };

    private static List<string> Strings(BsonValue value) =>
        value.IsArray ? value.AsArray.Select(v => v.AsString).ToList() : [];
}
