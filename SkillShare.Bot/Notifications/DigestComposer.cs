using SkillShare.Bot.Conversations;
using SkillShare.Bot.Localization;
using SkillShare.Core.Members;
using SkillShare.Core.Notifications;

namespace SkillShare.Bot.Notifications;

/// <summary>
/// The daily digest: a member's held pushes to one conversation go out as one message, a header
/// ("Your daily digest: N new matches") then each item's text, numbered, with its buttons in order.
/// </summary>
public sealed class DigestComposer(Texts texts)
{
    /// <summary>The <see cref="OutboxMessage.Data"/> entry that marks a push held for the daily digest.</summary>
    public const string DataKey = "digest";

    /// <summary>
    /// Items in one digest message: a shortlist has at most 11 buttons, so 8 items stay under the
    /// 100 inline buttons Telegram takes; more items go out as a further digest message.
    /// </summary>
    public const int MaxItems = 8;

    public static bool IsDigest(OutboxMessage message) => message.Data.ContainsKey(DataKey);

    /// <summary>
    /// Splits one conversation's due messages, in order, into what is sent together: an instant
    /// push alone, a member's digest pushes as one batch (at the place of the first of them).
    /// </summary>
    public static IEnumerable<IReadOnlyList<OutboxMessage>> Batches(IReadOnlyList<OutboxMessage> inOrder)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in inOrder)
        {
            if (taken.Contains(message.Id))
                continue;
            if (!IsDigest(message))
            {
                yield return [message];
                continue;
            }

            var batch = inOrder
                .Where(m => IsDigest(m) && m.MemberId == message.MemberId && !taken.Contains(m.Id))
                .Take(MaxItems)
                .ToList();
            taken.UnionWith(batch.Select(m => m.Id));
            yield return batch;
        }
    }

    /// <summary>One message of the rendered items, in the recipient's language.</summary>
    public Reply Compose(IReadOnlyList<Reply> items, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(items);
        var header = items.Count == 1
            ? texts.Get(language, "matching.digest.title_one")
            : texts.Get(language, "matching.digest.title", items.Count);
        var lines = items.Select((item, i) => texts.Get(language, "matching.digest.item", i + 1, item.Text));
        return new Reply
        {
            Text = string.Join("\n\n", [header, .. lines]),
            Buttons = [.. items.SelectMany((item, i) => item.Buttons.Select(row => Numbered(row, i + 1, language)))],
        };
    }

    private IReadOnlyList<ReplyButton> Numbered(IReadOnlyList<ReplyButton> row, int number, UiLanguage language) =>
        [.. row.Select(b => b with { Label = texts.Get(language, "matching.digest.button", number, b.Label) })];
}
