using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SkillShare.Bot.Conversations;
using SkillShare.Bot.Flows.Verification;
using SkillShare.Core.Conversations;
using SkillShare.Core.Members;
using SkillShare.Core.Posts;
using SkillShare.Storage;

namespace SkillShare.Bot.Tests.Flows;

/// <summary>
/// The real engine, real flows and the real LiteDB store on a temp file, driven like a chat client:
/// send text, press the button with a given action, share a contact. Restart opens a new engine
/// and store over the same file.
/// </summary>
public sealed class EngineHarness : IDisposable
{
    public static readonly byte[] PhoneKeyBytes = Encoding.UTF8.GetBytes("test-phone-hash-key-0123456789ab");

    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "skillshare-flow-tests", Guid.NewGuid().ToString("N"));
    private readonly Action<IServiceCollection, LiteDbStore>? _configure;
    private ServiceProvider _services = null!;
    private int _delivery;

    /// <summary>Opens the harness; <paramref name="configure"/> adds another area's services.</summary>
    public EngineHarness(DateTimeOffset? now = null, Action<IServiceCollection, LiteDbStore>? configure = null)
    {
        _configure = configure;
        Directory.CreateDirectory(_folder);
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        Open();
    }

    public FakeTimeProvider Clock { get; }

    public string DataFolder => _folder;

    public CapturingLoggerProvider Logs { get; } = new();

    public LiteDbStore Store { get; private set; } = null!;

    public IConversationEngine Engine { get; private set; } = null!;

    public IServiceProvider Services => _services;

    public IReadOnlyList<Reply> Last { get; private set; } = [];

    public ChannelKind Channel { get; set; } = ChannelKind.Telegram;

    public string UserId { get; set; } = "100";

    public string? LanguageCode { get; set; } = "en";

    public string ConversationId => ConversationKeys.For(Channel, UserId);

    public static PhoneHashKey PhoneKey => new(PhoneKeyBytes);

    public string LastText => string.Join("\n---\n", Last.Select(r => r.Text));

    public Member? Member => Store.FindByIdentity(new ChannelIdentity(Channel, UserId));

    public ConversationState? Conversation => Store.Find(ConversationId);

    public Task<IReadOnlyList<Reply>> TextAsync(string text) => SendAsync(new TextInput(text));

    public Task<IReadOnlyList<Reply>> CommandAsync(string name) => SendAsync(new CommandInput(name, ""));

    /// <summary>Presses the button whose key carries this action in the latest replies.</summary>
    public Task<IReadOnlyList<Reply>> PressAsync(string action) => SendAsync(new ButtonInput(KeyOf(action)));

    public bool HasButton(string action) =>
        Last.SelectMany(r => r.Buttons).SelectMany(row => row)
            .Any(b => ButtonKeys.TryParse(b.Key, out _, out var a) && a == action);

    public string KeyOf(string action) =>
        Last.SelectMany(r => r.Buttons).SelectMany(row => row)
            .Select(b => b.Key)
            .LastOrDefault(k => ButtonKeys.TryParse(k, out _, out var a) && a == action)
        ?? throw new InvalidOperationException($"No button '{action}' in: {LastText}");

    public async Task<IReadOnlyList<Reply>> SendAsync(TurnInput input, string? deliveryId = null)
    {
        var turn = new Turn
        {
            Channel = Channel,
            ConversationId = ConversationId,
            SenderId = UserId,
            LanguageCode = LanguageCode,
            DeliveryId = deliveryId ?? $"d{++_delivery}",
            Input = input,
        };
        Last = await Engine.HandleAsync(turn, CancellationToken.None);
        AssertButtonKeysFit(Last);
        return Last;
    }

    /// <summary>Stops the engine and the store and opens new ones over the same data file.</summary>
    public void Restart()
    {
        _services.Dispose();
        Store.Dispose();
        Open();
    }

    public async Task RegisterAsync(string name = "Ada")
    {
        await CommandAsync("start");
        await PressAsync("l.en");
        await PressAsync("r.b");
        await TextAsync(name);
        await PressAsync("skip");
        await TextAsync("Berlin");
        await TextAsync("English, German");
        await PressAsync("skip");
    }

    public async Task RegisterAndVerifyAsync(string name = "Ada")
    {
        await RegisterAsync(name);
        await SendAsync(new ContactInput("+49 30 1234567", UserId));
    }

    public void Dispose()
    {
        _services.Dispose();
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Open()
    {
        Store = LiteDbStore.OpenFile(Path.Combine(_folder, "skillshare.db"), Clock);
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConversationStore>(Store);
        services.AddSingleton<IMemberStore>(Store);
        services.AddSingleton<IPostStore>(Store);
        services.AddSingleton(PhoneKey);
        services.AddConversations();
        _configure?.Invoke(services, Store);
        _services = services.BuildServiceProvider();
        Engine = _services.GetRequiredService<IConversationEngine>();
    }

    private static void AssertButtonKeysFit(IEnumerable<Reply> replies)
    {
        foreach (var button in replies.SelectMany(r => r.Buttons).SelectMany(row => row))
            Assert.InRange(Encoding.UTF8.GetByteCount(button.Key), 1, ButtonKeys.MaxBytes);
    }
}
