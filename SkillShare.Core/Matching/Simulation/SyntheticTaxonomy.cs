using System.Globalization;
using SkillShare.Core.Skills;

namespace SkillShare.Core.Matching.Simulation;

/// <summary>
/// A generated three-level skill hierarchy (areas, fields, skills) of realistic size, for markets
/// larger than the starter taxonomy can spread: "a3" is broader than "a3f7", which is broader
/// than "a3f7s2".
/// </summary>
public static class SyntheticTaxonomy
{
    public static SkillTaxonomy Generate(int areas, int fanOut)
    {
        var skills = new List<Skill>();
        for (var a = 0; a < areas; a++)
        {
            var area = "a" + Number(a);
            skills.Add(Node(area, null));
            for (var f = 0; f < fanOut; f++)
            {
                var field = area + "f" + Number(f);
                skills.Add(Node(field, area));
                skills.AddRange(Enumerable.Range(0, fanOut).Select(s => Node(field + "s" + Number(s), field)));
            }
        }

        return new SkillTaxonomy(skills);
    }

    private static Skill Node(string id, string? broader) => new()
    {
        Id = id,
        PreferredLabel = id,
        Broader = broader is null ? [] : [broader],
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
