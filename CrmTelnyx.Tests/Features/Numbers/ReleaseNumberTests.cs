using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>An admin releases a number through the sandbox: Telnyx lets it go, the row stays as history, marked released.</summary>
public sealed class ReleaseNumberTests(NumbersApp app) : IClassFixture<NumbersApp>
{
    [Fact]
    public async Task A_released_number_is_gone_at_telnyx_and_kept_here_marked_released_with_an_audit_entry()
    {
        var id = await app.BuyNumberAsync("773");
        var phone = (await app.NumberAsync(id)).PhoneNumber;

        var result = await app.ReleaseNumberAsync(id, PhoneNumberNormalizer.Format(phone));

        Assert.True(result.Released);
        Assert.Equal($"{PhoneNumberNormalizer.Format(phone)} was released.", result.Message);
        var released = await app.NumberAsync(id);
        Assert.Equal((NumberStatus.Released, "deleted", CrmAppFactory.AdminEmail), (released.Status, released.TelnyxStatus, released.UpdatedBy));
        Assert.NotNull(released.ReleasedAt);
        Assert.False(released.CanSendBlasts);
        var entry = (await app.AuditAsync(id)).Last();
        Assert.Equal((NumberAuditAction.Released, "Released at Telnyx.", CrmAppFactory.AdminEmail), (entry.Action, entry.Details, entry.Actor));
        Assert.False(await app.TelnyxListsAsync(phone));
        Assert.Contains(app.Live.Pushes, p => p is { Topic: NumberLiveEvents.Topic, Name: NumberLiveEvents.Changed } && p.Data == id.ToString());

        // The next sync leaves the history as it is: no second "released" entry, no new row for the number.
        await app.SyncNumbersAsync();
        Assert.Single(await app.AuditAsync(id), e => e.Action is NumberAuditAction.Released or NumberAuditAction.ReleasedOutside);
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.CompanyNumbers.Count(n => n.PhoneNumber == phone))));
    }

    [Fact]
    public async Task A_number_telnyx_no_longer_has_is_marked_released_and_the_person_is_told_it_was_already_gone()
    {
        var id = await app.BuyNumberAsync();
        var number = await app.NumberAsync(id);
        // Released at Telnyx outside the app (the portal, another tool) before the next sync.
        await app.RunAsync<TelnyxClient, TelnyxPhoneNumber>(t => t.DeletePhoneNumberAsync(number.TelnyxId!));

        var result = await app.ReleaseNumberAsync(id, "+" + number.PhoneNumber.TrimStart('+'));

        Assert.True(result.Released);
        Assert.Equal($"{PhoneNumberNormalizer.Format(number.PhoneNumber)} was already gone from the Telnyx account, so it is now marked released here.",
            result.Message);
        Assert.Equal(NumberStatus.Released, (await app.NumberAsync(id)).Status);
        Assert.Equal("Telnyx no longer had it on the account (already released there).", (await app.AuditAsync(id)).Last().Details);
    }

    [Fact]
    public async Task A_number_still_being_ordered_has_no_telnyx_id_and_cannot_be_released_yet()
    {
        var id = await app.AddPendingNumberAsync("+16175550188");

        var result = await app.ReleaseNumberAsync(id, "(617) 555-0188");

        Assert.False(result.Released);
        Assert.Equal("(617) 555-0188 is still being ordered from Telnyx, so it cannot be released yet. Try again once the order has completed.", result.Message);
        Assert.Equal(NumberStatus.Pending, (await app.NumberAsync(id)).Status);
        Assert.Empty(await app.AuditAsync(id));
    }

    [Fact]
    public async Task Another_number_typed_releases_nothing()
    {
        var id = await app.BuyNumberAsync();
        var phone = (await app.NumberAsync(id)).PhoneNumber;

        var result = await app.ReleaseNumberAsync(id, "(312) 555-0000");

        Assert.Equal((false, $"Type {PhoneNumberNormalizer.Format(phone)} to confirm; nothing was released."), (result.Released, result.Message));
        Assert.True(await app.TelnyxListsAsync(phone));
        Assert.Equal(NumberStatus.Active, (await app.NumberAsync(id)).Status);
    }

    [Fact]
    public async Task Releasing_again_says_it_was_already_released()
    {
        var id = await app.BuyNumberAsync();
        var phone = (await app.NumberAsync(id)).PhoneNumber;
        await app.ReleaseNumberAsync(id, phone);

        var again = await app.ReleaseNumberAsync(id, phone);

        Assert.False(again.Released);
        Assert.Matches(@"^\(312\) \d{3}-\d{4} was already released on \d{4}-\d{2}-\d{2} \(UTC\)\.$", again.Message);
        Assert.Single(await app.AuditAsync(id), e => e.Action == NumberAuditAction.Released);
    }
}
