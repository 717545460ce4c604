using LiteDB;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;

namespace SkillShare.Storage;

/// <summary>
/// The one LiteDB database of the process and the stores over it. LiteDB's API is synchronous and
/// its transactions belong to a thread, so every multi-document write is one synchronous method
/// between BeginTrans and Commit, with no await inside.
/// </summary>
public sealed partial class LiteDbStore : IConversationStore, IMemberStore, IPostStore, IDisposable
{
    private readonly LiteDatabase _db;
    private readonly TimeProvider _time;

    public LiteDbStore(string connectionString, TimeProvider time)
    {
        _time = time;
        _db = new LiteDatabase(connectionString, StoreMapper.Create());
        SchemaVersion = SchemaMigrations.Run(_db);
    }

    /// <summary>Opens a store over a stream (tests use a MemoryStream).</summary>
    public LiteDbStore(Stream stream, TimeProvider time)
    {
        _time = time;
        _db = new LiteDatabase(stream, StoreMapper.Create());
        SchemaVersion = SchemaMigrations.Run(_db);
    }

    public int SchemaVersion { get; }

    /// <summary>The database, for stores of other areas that keep their own collections in the same file.</summary>
    public LiteDatabase Database => _db;

    public static LiteDbStore OpenFile(string path, TimeProvider time)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        return new LiteDbStore($"Filename={path};Connection=Direct", time);
    }

    public void Dispose() => _db.Dispose();

    /// <summary>Runs a write in one transaction: all of it lands or none of it does.</summary>
    internal T InTransaction<T>(Func<LiteDatabase, T> write)
    {
        if (!_db.BeginTrans())
            throw new InvalidOperationException("A transaction is already open on this thread.");

        try
        {
            var result = write(_db);
            _db.Commit();
            return result;
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    private ILiteCollection<Member> Members => _db.GetCollection<Member>(Collections.Members);

    private ILiteCollection<SkillOffer> Offers => _db.GetCollection<SkillOffer>(Collections.Offers);

    private ILiteCollection<TalentRequest> Requests => _db.GetCollection<TalentRequest>(Collections.Requests);
}
