using System.ComponentModel.DataAnnotations;
using SkillShare.Bot.Channels.Telegram;

namespace SkillShare.Bot.Tests.Channels.Telegram;

public class TelegramOptionsTests
{
    [Fact]
    public void Validate_NoToken_IsValidAndOff()
    {
        var options = new TelegramOptions();

        var result = new TelegramOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.False(options.Enabled);
    }

    [Fact]
    public void Validate_WebhookWithoutSecret_Fails()
    {
        var options = new TelegramOptions
        {
            Token = "123456:TEST",
            Mode = TelegramMode.Webhook,
            WebhookUrl = "https://bot.example.test/telegram/webhook",
        };

        var result = new TelegramOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("SecretToken", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ApiBaseUrlNotAUrl_Fails()
    {
        var options = new TelegramOptions { Token = "123456:TEST", ApiBaseUrl = "localhost:8081" };

        var result = new TelegramOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
    }

    [Theory]
    [InlineData("not-a-token", false)]
    [InlineData("123456:TEST", true)]
    public void DataAnnotations_Token_AcceptsOnlyBotTokens(string token, bool valid)
    {
        var options = new TelegramOptions { Token = token };

        var ok = Validator.TryValidateObject(options, new ValidationContext(options), null,
            validateAllProperties: true);

        Assert.Equal(valid, ok);
    }

    [Theory]
    [InlineData("s3cret-token", "s3cret-token", true)]
    [InlineData("s3cret-tokeX", "s3cret-token", false)]
    [InlineData("", "s3cret-token", false)]
    [InlineData("", "", false)]
    public void SecretMatches_ComparesExactly(string presented, string expected, bool matches)
    {
        Assert.Equal(matches, TelegramWebhookEndpoint.SecretMatches(presented, expected));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(30, 60)]
    public void BackoffAfter_ConsecutiveFailures_DoublesUpToAMinute(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), TelegramChannelService.BackoffAfter(failures));
    }
}
