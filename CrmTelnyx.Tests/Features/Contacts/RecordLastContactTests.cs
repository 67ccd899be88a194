using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Features.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class RecordLastContactTests : IDisposable
{
    private readonly SignedWebhookApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_text_from_a_contact_sets_their_last_contact_and_an_older_event_does_not_move_it_back()
    {
        var later = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        await app.WithDbAsync(async db =>
        {
            var contact = new Contact { FirstName = "Sam", Phone = "+13125550002", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            contact.RefreshSearchKeys();
            db.Contacts.Add(contact);
            return await db.SaveChangesAsync();
        });

        var first = Guid.NewGuid().ToString();
        await app.PostSignedAsync(TelnyxEventJson.Inbound(first, Guid.NewGuid().ToString(), "On my way"));
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(first)).Status);
        Assert.Equal(new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc), await LastContactAsync());

        await app.WithDbAsync(db => db.Contacts.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastContactAt, later)));
        var older = Guid.NewGuid().ToString();
        await app.PostSignedAsync(TelnyxEventJson.Inbound(older, Guid.NewGuid().ToString(), "Earlier text delivered late"));
        await app.SettledAsync(older);
        Assert.Equal(later, await LastContactAsync());
    }

    private Task<DateTime?> LastContactAsync() =>
        app.WithDbAsync(db => db.Contacts.Select(c => c.LastContactAt).SingleAsync());
}
