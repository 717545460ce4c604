using SkillShare.Bot.Localization;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Tests.Flows;

public sealed class LanguageTests : IDisposable
{
    private readonly EngineHarness _chat = new();

    [Fact]
    public void Catalogues_EnglishAndChinese_HaveTheSameFlowKeys()
    {
        var english = FlowKeys(UiLanguage.English);
        var chinese = FlowKeys(UiLanguage.Chinese);

        Assert.Equal(english.Order(StringComparer.Ordinal), chinese.Order(StringComparer.Ordinal));
        Assert.NotEmpty(english);
    }

    [Fact]
    public async Task Start_WithChineseClient_SpeaksChinese()
    {
        _chat.LanguageCode = "zh-hans";

        await _chat.CommandAsync("start");

        Assert.Contains("欢迎来到 SkillShare", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal(UiLanguage.Chinese, _chat.Member!.Language);
    }

    [Fact]
    public async Task Registration_InChinese_RunsToVerificationInChinese()
    {
        _chat.LanguageCode = "zh-CN";

        await _chat.CommandAsync("start");
        await _chat.PressAsync("l.zh");
        await _chat.PressAsync("r.f");
        await _chat.TextAsync("小明");
        await _chat.TextAsync("全栈开发，喜欢 Rust 🦀");
        await _chat.TextAsync("北京");
        await _chat.TextAsync("中文，英语");
        await _chat.PressAsync("skip");

        Assert.Contains("分享我的手机号", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal("Asia/Shanghai", _chat.Member!.TimeZoneId);
        Assert.Equal(["中文", "英语"], _chat.Member!.SpokenLanguages);
    }

    [Fact]
    public async Task Registration_ChoosingEnglishOnChineseClient_SwitchesToEnglish()
    {
        _chat.LanguageCode = "zh";
        await _chat.CommandAsync("start");

        await _chat.PressAsync("l.en");

        Assert.Contains("work, to hire, or both", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal(UiLanguage.English, _chat.Member!.Language);
    }

    [Fact]
    public async Task Settings_ChangeLanguage_RepliesInNewLanguage()
    {
        await _chat.RegisterAndVerifyAsync();

        await _chat.CommandAsync("settings");
        await _chat.PressAsync("l.zh");

        Assert.Contains("语言已保存", _chat.LastText, StringComparison.Ordinal);
        Assert.Equal(UiLanguage.Chinese, _chat.Member!.Language);
    }

    [Fact]
    public async Task Error_InChinese_IsLocalized()
    {
        _chat.LanguageCode = "zh";
        await _chat.CommandAsync("start");
        await _chat.PressAsync("l.zh");
        await _chat.PressAsync("r.c");

        await _chat.TextAsync("   ");

        Assert.Contains("内容为空", _chat.LastText, StringComparison.Ordinal);
    }

    public void Dispose() => _chat.Dispose();

    private static IEnumerable<string> FlowKeys(UiLanguage language) =>
        Texts.Default.Keys(language).Where(k => k.StartsWith("flows.", StringComparison.Ordinal));
}
