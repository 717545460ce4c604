namespace SkillShare.Bot.Channels.Web;

/// <summary>The two sides of the page; each pane is its own member with its own conversation.</summary>
public enum WebPane
{
    Freelancer,
    Client,
}
