using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Features.Contacts;
using CrmTelnyx.Tests.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Compliance;

public sealed class SmsKeywordConsentTests : IDisposable
{
    // TelnyxEventJson.Inbound texts from this number.
    private const string Sender = "+13125550002";
    private readonly SignedWebhookApp app = new();

    public void Dispose() => app.Dispose();

    private DateTimeOffset clock = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Texts in, a minute after the previous text unless <paramref name="at"/> says when.</summary>
    private async Task TextInAsync(string text, DateTimeOffset? at = null)
    {
        var eventId = Guid.NewGuid().ToString();
        var when = at ?? (clock = clock.AddMinutes(1));
        var response = await app.PostSignedAsync(TelnyxEventJson.Inbound(eventId, Guid.NewGuid().ToString(), text, when.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz")));
        response.EnsureSuccessStatusCode();
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(eventId)).Status);
    }

    private Task<Contact> ContactAsync() =>
        app.WithDbAsync(db => db.Contacts.Include(c => c.ConsentHistory).AsNoTracking().SingleAsync(c => c.Phone == Sender));

    private Task SeedContactAsync() => app.WithDbAsync(async db =>
    {
        var contact = new Contact { FirstName = "Sam", Phone = Sender, Consent = ConsentStatus.OptedIn, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        contact.RefreshSearchKeys();
        db.Contacts.Add(contact);
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("STOP", SmsKeyword.OptOut)]
    [InlineData(" stop ", SmsKeyword.OptOut)]
    [InlineData("Unsubscribe", SmsKeyword.OptOut)]
    [InlineData("START", SmsKeyword.OptIn)]
    [InlineData("STOP ALL", SmsKeyword.OptOut)]
    [InlineData("stopall", SmsKeyword.OptOut)]
    [InlineData("Stop.", SmsKeyword.OptOut)]
    [InlineData("STOP!!!", SmsKeyword.OptOut)]
    [InlineData("\"stop\"", SmsKeyword.OptOut)]
    [InlineData("(Quit)", SmsKeyword.OptOut)]
    [InlineData("end", SmsKeyword.OptOut)]
    [InlineData("Cancel", SmsKeyword.OptOut)]
    [InlineData("revoke", SmsKeyword.OptOut)]
    [InlineData("OPTOUT", SmsKeyword.OptOut)]
    [InlineData("opt-out", SmsKeyword.OptOut)]
    [InlineData("\n STOP \n", SmsKeyword.OptOut)]
    [InlineData("unstop", SmsKeyword.OptIn)]
    [InlineData("Start!", SmsKeyword.OptIn)]
    [InlineData("yes", SmsKeyword.Yes)]
    [InlineData("YES!", SmsKeyword.Yes)]
    [InlineData("yes please", SmsKeyword.None)]
    [InlineData("help", SmsKeyword.Help)]
    [InlineData("INFO?", SmsKeyword.Help)]
    [InlineData("", SmsKeyword.None)]
    [InlineData("!!!", SmsKeyword.None)]
    [InlineData("stop it", SmsKeyword.None)]
    [InlineData("please stop texting me at work", SmsKeyword.None)]
    public void Only_a_whole_keyword_message_counts(string text, SmsKeyword expected) =>
        Assert.Equal(expected, SmsKeywords.Classify(text));

    [Fact]
    public async Task A_contact_who_texts_STOP_is_opted_out_with_history_and_START_opts_them_back_in()
    {
        await SeedContactAsync();

        await TextInAsync("STOP");

        var stopped = await ContactAsync();
        Assert.Equal(ConsentStatus.OptedOut, stopped.Consent);
        var entry = stopped.ConsentHistory.Single();
        Assert.Equal(ConsentSource.SmsKeyword, entry.Source);
        Assert.Contains("Texted STOP", entry.Detail);
        Assert.True(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == Sender)));

        await TextInAsync("STOP");
        Assert.Single((await ContactAsync()).ConsentHistory);

        await TextInAsync("START");
        Assert.Equal(ConsentStatus.OptedIn, (await ContactAsync()).Consent);
        Assert.False(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == Sender)));
    }

    [Fact]
    public async Task YES_opts_back_in_only_a_number_that_is_opted_out()
    {
        await SeedContactAsync();
        await app.WithDbAsync(db => db.Contacts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Consent, ConsentStatus.Unknown)));

        await TextInAsync("Yes");
        Assert.Equal(ConsentStatus.Unknown, (await ContactAsync()).Consent);

        await TextInAsync("STOP");
        await TextInAsync("yes!");
        Assert.Equal(ConsentStatus.OptedIn, (await ContactAsync()).Consent);
        Assert.False(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == Sender)));
    }

    [Fact]
    public async Task A_STOP_processed_again_sends_no_second_confirmation()
    {
        // The app confirms only when the messaging profile does not (the default is that it does).
        await app.WithDbAsync(db => db.TextingSettings.ExecuteUpdateAsync(t => t.SetProperty(x => x.ProfileSendsOptOutConfirmation, false)));
        var eventId = Guid.NewGuid().ToString();
        (await app.PostSignedAsync(TelnyxEventJson.Inbound(eventId, Guid.NewGuid().ToString(), "STOP"))).EnsureSuccessStatusCode();
        var stored = await app.SettledAsync(eventId);
        Assert.Equal(1, await OutboundToSenderAsync());

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ProcessWebhookEventAgain>().RunAsync(stored.Id));
        await Eventually.ReturnsAsync(async () => (await app.EventsAsync(eventId)).Single(), e => e.Status == WebhookEventStatus.Processed && e.ProcessedAt > stored.ProcessedAt);

        Assert.Equal(1, await OutboundToSenderAsync());
    }

    private Task<int> OutboundToSenderAsync() =>
        app.WithDbAsync(db => db.Messages.CountAsync(m => m.Direction == CrmTelnyx.Features.TextCenter.MessageDirection.Outbound && m.To == Sender));

    [Fact]
    public async Task A_stranger_who_texts_STOP_stays_opted_out_when_later_added_as_a_contact()
    {
        await TextInAsync("stop");

        await app.SaveContactAsync(new ContactForm { FirstName = "Later", Phone = "(312) 555-0002" });

        Assert.Equal(ConsentStatus.OptedOut, (await ContactAsync()).Consent);
    }

    [Fact]
    public async Task An_ordinary_reply_changes_no_consent()
    {
        await SeedContactAsync();

        await TextInAsync("Thanks, see you Tuesday");

        Assert.Equal(ConsentStatus.OptedIn, (await ContactAsync()).Consent);
        Assert.Empty((await ContactAsync()).ConsentHistory);
    }

    [Fact]
    public async Task A_START_delivered_late_does_not_undo_a_newer_STOP_but_a_late_STOP_always_counts()
    {
        await SeedContactAsync();
        var start = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

        await TextInAsync("STOP", start.AddMinutes(5));
        await TextInAsync("START", start);

        Assert.Equal(ConsentStatus.OptedOut, (await ContactAsync()).Consent);
        Assert.True(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == Sender)));

        await TextInAsync("START", start.AddMinutes(10));
        await TextInAsync("STOP", start.AddMinutes(7));
        Assert.Equal(ConsentStatus.OptedOut, (await ContactAsync()).Consent);
    }

    [Fact]
    public async Task A_contact_whose_number_changed_while_opted_out_cannot_be_texted_at_either_number()
    {
        await SeedContactAsync();
        await TextInAsync("STOP");
        await app.WithDbAsync(db => db.Contacts.ExecuteUpdateAsync(s => s.SetProperty(c => c.Phone, "+13125550003")));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmTelnyx.Data.CrmDbContext>();
        Assert.True(await ConsentRecorder.IsOptedOutAsync(db, "+13125550003"));
        Assert.True(await ConsentRecorder.IsOptedOutAsync(db, Sender));
    }
}

/// <summary>An opt-out must not depend on the other handlers of the inbound text succeeding.</summary>
public sealed class StopBeforeOtherHandlersTests : IDisposable
{
    private readonly SignedWebhookApp app = new();

    public StopBeforeOtherHandlersTests() =>
        // Registered before every other handler, so without ordering it would run (and fail) first.
        app.ServiceChanges.Add(services => services.Insert(0, ServiceDescriptor.Scoped<IWebhookEventHandler, BrokenInboundHandler>()));

    public void Dispose() => app.Dispose();

    private sealed class BrokenInboundHandler : IWebhookEventHandler
    {
        public IReadOnlyCollection<string> EventTypes { get; } = [CrmTelnyx.Telnyx.TelnyxEventTypes.MessageReceived];

        public Task HandleAsync(CrmTelnyx.Telnyx.TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("database is busy");
    }

    [Fact]
    public async Task A_STOP_is_applied_even_when_another_handler_of_the_text_fails()
    {
        var eventId = Guid.NewGuid().ToString();

        (await app.PostSignedAsync(TelnyxEventJson.Inbound(eventId, Guid.NewGuid().ToString(), "STOP"))).EnsureSuccessStatusCode();

        var failed = await Eventually.ReturnsAsync(async () => (await app.EventsAsync(eventId)).SingleOrDefault(), e => e is { Attempts: >= 1 });
        Assert.Contains("database is busy", failed!.LastError);
        Assert.True(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == "+13125550002")));
    }
}
