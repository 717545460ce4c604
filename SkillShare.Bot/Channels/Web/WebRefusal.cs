namespace SkillShare.Bot.Channels.Web;

/// <summary>Why a post was refused: a text key of the web catalogue and its arguments.</summary>
public sealed record WebRefusal(string TextKey, params object[] Args)
{
    public static WebRefusal Of(string textKey, params object[] args) => new(textKey, args);
}
