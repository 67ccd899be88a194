using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>A test send texts one's own phone the blast as the audience's first recipient would get it, through the sandbox.</summary>
public sealed class SendTestTextTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_test_text_is_rendered_for_a_sample_recipient_with_the_footer_and_recorded()
    {
        // Real Kestrel: the app reaches its built-in sandbox over HTTP; the sandbox's numbers are the company's.
        app.StartKestrel();
        await app.AddAsync([Person("Ann", "+12125550101", "NY"), Person("", "+12125550102", "NY")]);
        var draft = new BlastDraft { Text = "Hi {firstName|there}, sale today", Audience = new BlastAudience { States = ["NY"] }, Senders = ["+13125550141"] };

        SendTestText.Result result;
        await using (var scope = app.Services.CreateAsyncScope())
            result = await scope.ServiceProvider.GetRequiredService<SendTestText>().SendAsync(TextSenders.Staff, draft, "(415) 555-0177");

        Assert.Null(result.Error);
        Assert.Equal("Ann Test", result.SampleName);
        var sent = await app.WithDbAsync(db => db.Messages.AsNoTracking().SingleAsync(m => m.To == "+14155550177"));
        Assert.Equal(($"Hi Ann, sale today\n{OptOutFooter.Text}", "+13125550141", (long?)null), (sent.Text, sent.From, sent.BlastId));
        Assert.NotEqual(MessageStatuses.SendingFailed, sent.Status);
    }

    [Fact]
    public async Task A_draft_with_a_picture_is_tested_as_an_mms_carrying_it_and_the_outcome_says_so()
    {
        const string picture = "https://cdn.example.com/promo/sale-day.jpg";
        app.StartKestrel();
        await app.AddAsync([Person("Ann", "+12125550103", "NY")]);
        var draft = new BlastDraft
        {
            Text = "Hi {firstName}, sale today", MediaUrl = $" {picture} ", IsMarketing = false,
            Audience = new BlastAudience { States = ["NY"] }, Senders = ["+13125550141"],
        };

        SendTestText.Result result;
        await using (var scope = app.Services.CreateAsyncScope())
            result = await scope.ServiceProvider.GetRequiredService<SendTestText>().SendAsync(TextSenders.Staff, draft, "(415) 555-0178");

        Assert.Null(result.Error);
        Assert.Equal("Sent as Ann Test would get it, as an MMS with sale-day.jpg: “Hi Ann, sale today”", result.Outcome);
        var sent = await app.WithDbAsync(db => db.Messages.AsNoTracking().SingleAsync(m => m.To == "+14155550178"));
        Assert.Equal([picture], sent.MediaUrls ?? []);
        // What Telnyx (here the sandbox) holds of it: an MMS with that picture, priced as one.
        await using var read = app.Services.CreateAsyncScope();
        var atTelnyx = await read.ServiceProvider.GetRequiredService<TelnyxClient>().GetMessageAsync(sent.TelnyxMessageId!);
        Assert.Equal("MMS", atTelnyx.Type);
        Assert.Equal([picture], atTelnyx.Media.Select(m => m.Url));
        Assert.Equal("image/jpeg", atTelnyx.Media[0].ContentType);
        Assert.Equal(0.0200m, atTelnyx.Cost?.Amount);
    }

    [Fact]
    public async Task A_draft_whose_picture_address_is_not_https_is_not_tested_and_says_why()
    {
        var draft = new BlastDraft { Text = "Sale today", MediaUrl = "http://cdn.example.com/sale.jpg", Senders = ["+13125550141"] };

        SendTestText.Result result;
        await using (var scope = app.Services.CreateAsyncScope())
            result = await scope.ServiceProvider.GetRequiredService<SendTestText>().SendAsync(TextSenders.Staff, draft, "(415) 555-0179");

        Assert.Equal("Media URL: an https:// address Telnyx can fetch the picture or file from.", result.Outcome);
        Assert.False(await app.WithDbAsync(db => db.Messages.AnyAsync(m => m.To == "+14155550179")));
    }
}
