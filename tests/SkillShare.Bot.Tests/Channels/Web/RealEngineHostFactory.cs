namespace SkillShare.Bot.Tests.Channels.Web;

/// <summary>The host with its real conversation engine and flows.</summary>
public sealed class RealEngineHostFactory : WebHostFactory
{
    protected override bool RealEngine => true;
}
