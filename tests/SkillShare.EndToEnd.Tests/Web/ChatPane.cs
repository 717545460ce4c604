using System.Globalization;
using Microsoft.Playwright;

namespace SkillShare.EndToEnd.Tests.Web;

/// <summary>
/// One pane of the page, driven the way a person would: typing and pressing Enter, tabbing to a
/// button and pressing Enter. Each action waits for its own turn's replies (data-turn on the page).
/// </summary>
public sealed class ChatPane(IPage page, string pane)
{
    private int _turns;

    public ILocator Root => page.Locator($".pane[data-pane=\"{pane}\"]");

    /// <summary>Presses the empty pane's Start button (it sends /start).</summary>
    public async Task StartAsync(string expectReply)
    {
        await Root.Locator("button.start").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ExpectTurnAsync(expectReply);
    }

    public async Task SayAsync(string text, string expectReply)
    {
        var input = Root.Locator("input[name=\"text\"]");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
        await ExpectTurnAsync(expectReply);
    }

    /// <summary>Presses the newest button with this label, by keyboard, and waits for the reply.</summary>
    public async Task PressAsync(string label, string expectReply)
    {
        var button = Root.Locator(".log li.msg.bot .buttons button", new() { HasTextString = label }).Last;
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ExpectTurnAsync(expectReply);
    }

    public Task ExpectLiveAsync() =>
        Assertions.Expect(Root).ToHaveAttributeAsync("data-live", "true");

    public Task ExpectPushAsync(string text) =>
        Assertions.Expect(Root.Locator(".log li.msg.pushed", new() { HasTextString = text })).ToBeVisibleAsync();

    private async Task ExpectTurnAsync(string expectReply)
    {
        _turns++;
        var turn = _turns.ToString(CultureInfo.InvariantCulture);
        await Assertions.Expect(Root).ToHaveAttributeAsync("data-turns", turn);
        var replies = Root.Locator($".log li.msg.bot[data-turn=\"{turn}\"]", new() { HasTextString = expectReply });
        await Assertions.Expect(replies.First).ToBeVisibleAsync();
    }
}
