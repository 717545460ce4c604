using Microsoft.Extensions.DependencyInjection;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Matching;
using SkillShare.Bot.Notifications;
using SkillShare.Bot.Tests.Flows;
using SkillShare.Core.Conversations;
using SkillShare.Core.Matching.Matches;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;
using SkillShare.Storage;

namespace SkillShare.Bot.Tests.Matching;

/// <summary>
/// The real engine with matching over a real LiteDB temp file, and several people taking turns:
/// a verified freelancer ("100") and verified clients ("200", "300"), each in their own chat.
/// </summary>
public sealed class MatchingChat : IDisposable
{
    public const string Freelancer = "100";
    public const string Client = "200";
    public const string OtherClient = "300";

    public MatchingChat(int openSlots = 5, Action<IServiceCollection, LiteDbStore>? more = null)
    {
        Chat = new EngineHarness(configure: (services, store) =>
        {
            services.AddSingleton<IMatchStore>(store);
            services.AddSingleton<IModelStateStore>(store);
            services.AddSingleton<IMemberConversations>(store);
            services.AddSingleton<IOutboxStore>(store);
            services.AddMatching();
            services.Configure<MatchingOptions>(o => o.OpenSlots = openSlots);
            more?.Invoke(services, store);
        });
    }

    public EngineHarness Chat { get; }

    public LiteDbStore Store => Chat.Store;

    public string LastText => Chat.LastText;

    public Member MemberOf(string userId) =>
        Store.FindByIdentity(new ChannelIdentity(ChannelKind.Telegram, userId))!;

    public IReadOnlyList<OutboxMessage> Outbox() =>
        [.. Store.Database.GetCollection<OutboxMessage>("outbox").FindAll().OrderBy(o => o.CreatedAt)];

    public IReadOnlyList<Match> Matches() => [.. Store.Database.GetCollection<Match>("matches").FindAll()];

    /// <summary>Registers and verifies a person with their own phone number.</summary>
    public async Task JoinAsync(string userId, string name, string phone)
    {
        Chat.UserId = userId;
        await Chat.RegisterAsync(name);
        await Chat.SendAsync(new ContactInput(phone, userId));
    }

    public async Task PublishOfferAsync(string title = "Database tuning", string rate = "45 USD",
        string userId = Freelancer)
    {
        Chat.UserId = userId;
        await Chat.CommandAsync("offer");
        foreach (var answer in new[] { title, "Fast postgres queries and indexes", "postgres", rate, "20" })
            await Chat.TextAsync(answer);
        await Chat.PressAsync("w.r");
        await Chat.PressAsync("pub");
    }

    public async Task PublishRequestAsync(string userId, string title = "Need a DBA", string skills = "postgres")
    {
        Chat.UserId = userId;
        await Chat.CommandAsync("request");
        string[] answers = [title, "Tune our postgres cluster", skills, "30 USD", "60 USD", "10", "2027-01-15"];
        foreach (var answer in answers)
            await Chat.TextAsync(answer);
        await Chat.PressAsync("pub");
    }

    /// <summary>A freelancer with a published offer and a client, both verified.</summary>
    public async Task SetUpMarketAsync()
    {
        await JoinAsync(Freelancer, "Fay", "+49 30 1111111");
        await JoinAsync(Client, "Carl", "+49 30 2222222");
        await PublishOfferAsync();
    }

    /// <summary>Presses a button of a pushed message in the given person's chat.</summary>
    public Task<IReadOnlyList<Reply>> PressAsync(string userId, string key)
    {
        Chat.UserId = userId;
        return Chat.SendAsync(new ButtonInput(key));
    }

    public Task<IReadOnlyList<Reply>> SayAsync(string userId, string text)
    {
        Chat.UserId = userId;
        return Chat.TextAsync(text);
    }

    /// <summary>Renders an outbox message as the dispatcher would, in the recipient's language.</summary>
    public Reply Render(OutboxMessage message)
    {
        var template = Chat.Services.GetServices<INotificationTemplate>().Single(t => t.Kind == message.Kind);
        var reply = template.Render(message, Store.FindById(message.MemberId)!);
        foreach (var button in reply.Buttons.SelectMany(row => row))
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(button.Key), 1, ButtonKeys.MaxBytes);
        return reply;
    }

    public T Get<T>()
        where T : notnull => Chat.Services.GetRequiredService<T>();

    public void Dispose() => Chat.Dispose();
}
