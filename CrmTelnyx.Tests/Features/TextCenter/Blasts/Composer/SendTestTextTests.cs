using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Compose;
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
}
