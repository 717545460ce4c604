using System.Globalization;
using System.Security.Cryptography;
using SkillShare.Bot.Conversations;
using SkillShare.Core.Members;

namespace SkillShare.Bot.Flows.Verification;

/// <summary>The pieces of each proof: the contact request, the one-time code, and the verified mark.</summary>
internal static class VerificationProofs
{
    public const string PhoneHash = "phone";
    public const int MaxCodeTries = 5;
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    private const string CodeHash = "code";
    private const string CodeIssuedAt = "codeAt";
    private const string CodeTries = "tries";

    public static void AskForContact(FlowContext context, Hint? hint)
    {
        var question = context.Text("flows.verify.contact");
        context.Send(new Reply
        {
            Text = hint is null ? question : context.Text(hint.Key, hint.Args) + "\n\n" + question,
            Keyboard = KeyboardRequest.RequestContact,
            KeyboardLabel = context.Text("flows.verify.share_button"),
        });
    }

    /// <summary>Reads a phone number, makes a code and writes it to the log; returns a refusal key or null.</summary>
    public static string? IssueCode(FlowContext context, TurnInput input)
    {
        var text = FieldReaders.Text(input, 30);
        if (!text.IsValid)
            return text.ErrorKey;

        if (!LooksLikePhoneNumber(text.Value!))
            return "flows.verify.phone_format";

        var key = context.Services.PhoneKey;
        var phoneHash = key.Protect(text.Value!);
        var owner = context.Services.Members.FindByPhoneHash(phoneHash);
        if (owner is not null && owner.Id != context.RequireMember().Id)
            return "flows.verify.phone_taken";

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        context.Draft[PhoneHash] = phoneHash;
        context.Draft[CodeHash] = key.Protect(code);
        context.Draft[CodeIssuedAt] = DraftValues.FromInstant(context.Now);
        context.Draft[CodeTries] = "0";
        Log.OneTimeCodeIssued(context.Services.Logger, context.Conversation.Id, code);
        return null;
    }

    /// <summary>7 to 15 digits with no letters: "+44 20 7946 0123" is one, a 6-digit code is not.</summary>
    public static bool LooksLikePhoneNumber(string text)
    {
        var digits = PhoneNumbers.Normalize(text).Length - 1;
        return digits is >= 7 and <= 15 && !text.Any(char.IsLetter);
    }

    public static CodeOutcome CheckCode(FlowContext context, TurnInput input)
    {
        if (context.Now - DraftValues.ToInstant(context.Draft[CodeIssuedAt]) > CodeLifetime)
            return CodeOutcome.Expired;

        var typed = string.Concat(((input as TextInput)?.Text ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (typed.Length != 6 || !typed.All(char.IsAsciiDigit))
            return CodeOutcome.NotACode;

        if (context.Services.PhoneKey.Protect(typed) == context.Draft[CodeHash])
            return CodeOutcome.Accepted;

        var tries = DraftValues.ToInt(context.Draft[CodeTries]) + 1;
        context.Draft[CodeTries] = tries.ToString(CultureInfo.InvariantCulture);
        return tries >= MaxCodeTries ? CodeOutcome.TooManyTries : CodeOutcome.Wrong;
    }

    public static void MarkVerified(FlowContext context, Member member, string phoneHash, VerificationMethod method)
    {
        member.VerifiedAt = context.Now;
        member.PhoneHash = phoneHash;
        context.MarkMemberChanged();
        context.Changes.Verifications.Add(new VerificationRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            MemberId = member.Id,
            Method = method,
            Channel = context.Turn.Channel,
            SubjectHash = phoneHash,
            VerifiedAt = context.Now,
        });
        Log.MemberVerified(context.Services.Logger, member.Id, method);
    }
}
