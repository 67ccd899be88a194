using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Features.TextCenter.Conversations;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Compliance;

/// <summary>
/// The app's answers to keywords, texted in through the sandbox: HELP gets the help text, an opt-out one confirmation
/// (never two, none when the messaging profile confirms), each as a message in the person's thread.
/// </summary>
public sealed class SmsKeywordRepliesTests(TextingApp app) : IClassFixture<TextingApp>
{
    private Task SetAsync(Action<CrmTelnyx.Features.TextCenter.Settings.TextingSettings> change) => app.Factory.WithDbAsync(async db =>
    {
        var settings = await db.TextingSettings.SingleAsync();
        change(settings);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task HELP_and_INFO_are_answered_with_the_help_text_from_the_number_texted()
    {
        const string person = "+13125550301";
        await SetAsync(s => s.HelpReply = "Acme Plumbing: call (312) 555-0100. Reply STOP to opt out.");

        await app.TextInAsync(person, "help", to: TextingApp.OtherOfOurs);
        var answer = (await Eventually.ReturnsAsync(() => app.OutboundToAsync(person), m => m.Count == 1 && m[0].TelnyxMessageId is not null)).Single();
        Assert.Equal(TextingApp.OtherOfOurs, answer.From);
        Assert.Equal("Acme Plumbing: call (312) 555-0100. Reply STOP to opt out.", answer.Text);
        Assert.NotEqual(MessageStatuses.SendingFailed, answer.Status);

        await app.TextInAsync(person, "INFO");
        await Eventually.ReturnsAsync(() => app.OutboundToAsync(person), m => m.Count == 2);
        Assert.Equal(2, (await app.ThreadAsync(person))!.UnreadCount);
    }

    [Fact]
    public async Task An_opt_out_is_confirmed_once_and_a_repeated_STOP_gets_no_second_confirmation()
    {
        const string person = "+13125550302";
        await SetAsync(s => (s.ProfileSendsOptOutConfirmation, s.OptOutConfirmation) = (false, "You're unsubscribed. Reply START to resubscribe."));

        await app.TextInAsync(person, "Stop.");
        var confirmation = (await Eventually.ReturnsAsync(() => app.OutboundToAsync(person), m => m.Count == 1 && m[0].Status != MessageStatuses.Sending)).Single();
        Assert.Equal("You're unsubscribed. Reply START to resubscribe.", confirmation.Text);
        Assert.Equal(TextingApp.Ours, confirmation.From);

        await app.TextInAsync(person, "STOP ALL");
        await app.TextInAsync(person, "unsubscribe");

        Assert.Single(await app.OutboundToAsync(person));
        Assert.True(await app.Factory.WithDbAsync(db => ConsentRecorder.IsOptedOutAsync(db, person)));
    }

    [Fact]
    public async Task A_confirmation_Telnyx_refuses_because_its_profile_blocks_after_STOP_says_which_setting_to_turn_on()
    {
        const string person = "+13125550304";
        await SetAsync(s => s.ProfileSendsOptOutConfirmation = false);

        // The sandbox, like Telnyx's default opt-out handling, blocks the number at once (40300).
        await app.TextInAsync(person, "STOP");

        var refused = (await Eventually.ReturnsAsync(() => app.OutboundToAsync(person), m => m.Count == 1 && m[0].Status == MessageStatuses.SendingFailed)).Single();
        Assert.Equal("40300", refused.ErrorCode);
        Assert.Contains("Settings → Texting", refused.ErrorDetail);
    }

    [Fact]
    public async Task No_confirmation_is_sent_when_the_messaging_profile_confirms_opt_outs_itself()
    {
        const string person = "+13125550303";
        await SetAsync(s => s.ProfileSendsOptOutConfirmation = true);
        try
        {
            await app.TextInAsync(person, "STOP");
            // The HELP after it proves the handler ran past the STOP: its answer is the only text out.
            await app.TextInAsync(person, "HELP");
            var outbound = await Eventually.ReturnsAsync(() => app.OutboundToAsync(person), m => m.Count >= 1);
            Assert.Single(outbound);
            Assert.NotEqual("You are unsubscribed and will get no more texts from us. Reply START to resubscribe.", outbound[0].Text);
        }
        finally
        {
            await SetAsync(s => s.ProfileSendsOptOutConfirmation = false);
        }
    }
}
