namespace SkillShare.Core.Members;

/// <summary>Reads members; writes go through a turn's changes.</summary>
public interface IMemberStore
{
    Member? FindById(string memberId);

    Member? FindByIdentity(ChannelIdentity identity);

    Member? FindByPhoneHash(string phoneHash);
}
