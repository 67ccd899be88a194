using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>An admin renames a number, assigns its state and turns blasts off; what changed is in its audit trail.</summary>
public sealed class EditNumberTests(NumbersApp app) : IClassFixture<NumbersApp>
{
    private const string Grace = "grace@crm.test";

    [Fact]
    public async Task A_rename_and_blasts_off_are_saved_with_an_audit_entry_in_words_and_open_pages_are_told()
    {
        var id = await app.BuyNumberAsync();
        var form = await app.LoadNumberFormAsync(id);
        form.FriendlyName = "  Sales line ";
        form.BlastsEnabled = false;

        var result = await app.EditNumberAsync(id, form);

        Assert.True(result.Saved);
        Assert.Equal("Friendly name: '' → 'Sales line'; Blasts: on → off", result.Changes);
        var saved = await app.NumberAsync(id);
        Assert.Equal(("Sales line", false, CrmAppFactory.AdminEmail), (saved.FriendlyName, saved.BlastsEnabled, saved.UpdatedBy));
        Assert.False(saved.CanSendBlasts);
        var entry = (await app.AuditAsync(id)).Last();
        Assert.Equal((NumberAuditAction.Edited, "Friendly name: '' → 'Sales line'; Blasts: on → off", CrmAppFactory.AdminEmail),
            (entry.Action, entry.Details, entry.Actor));
        Assert.Contains(app.Live.Pushes, p => p is { Topic: NumberLiveEvents.Topic, Name: NumberLiveEvents.Changed } && p.Data == id.ToString());
    }

    [Fact]
    public async Task A_number_takes_a_chosen_state_and_goes_back_to_its_area_codes_state()
    {
        var id = await app.BuyNumberAsync("312");
        var form = await app.LoadNumberFormAsync(id);
        Assert.Null(form.State); // From the area code: Illinois.
        Assert.Equal("IL", (await app.NumberAsync(id)).State);

        form.State = "WI";
        Assert.Equal("State: IL → WI", (await app.EditNumberAsync(id, form)).Changes);
        var again = await app.LoadNumberFormAsync(id);
        Assert.Equal("WI", again.State);
        again.State = null;
        Assert.Equal("State: WI → IL", (await app.EditNumberAsync(id, again)).Changes);

        Assert.Equal("IL", (await app.NumberAsync(id)).State);
        Assert.Equal(["State: IL → WI", "State: WI → IL"], (await app.AuditAsync(id)).Where(e => e.Action == NumberAuditAction.Edited).Select(e => e.Details));
    }

    [Theory]
    [InlineData(101, null, nameof(NumberForm.FriendlyName), "At most 100 characters.")]
    [InlineData(10, "ZZ", nameof(NumberForm.State), "'ZZ' is not a US state.")]
    [InlineData(10, "ON", nameof(NumberForm.State), "'ON' is not a US state.")]
    public async Task A_field_out_of_bounds_is_explained_by_name_and_nothing_is_saved(int nameLength, string? state, string field, string message)
    {
        var id = await app.BuyNumberAsync();
        var form = await app.LoadNumberFormAsync(id);
        form.FriendlyName = new string('x', nameLength);
        form.State = state;

        var result = await app.EditNumberAsync(id, form);

        Assert.False(result.Saved);
        Assert.Equal(message, result.Errors[field]);
        Assert.Null((await app.NumberAsync(id)).FriendlyName);
        Assert.DoesNotContain(await app.AuditAsync(id), e => e.Action == NumberAuditAction.Edited);
    }

    [Fact]
    public async Task A_name_at_the_limit_is_saved_and_saving_without_a_change_records_nothing()
    {
        var id = await app.BuyNumberAsync();
        var form = await app.LoadNumberFormAsync(id);
        form.FriendlyName = new string('x', CompanyNumberLimits.FriendlyName);
        Assert.True((await app.EditNumberAsync(id, form)).Saved);

        var unchanged = await app.EditNumberAsync(id, await app.LoadNumberFormAsync(id));

        Assert.Equal((true, ""), (unchanged.Saved, unchanged.Changes));
        Assert.Single(await app.AuditAsync(id), e => e.Action == NumberAuditAction.Edited);
    }

    [Fact]
    public async Task The_second_save_from_the_same_version_is_a_conflict_naming_who_changed_what_and_save_mine_then_wins()
    {
        var id = await app.BuyNumberAsync();
        var loaded = await app.LoadNumberFormAsync(id);
        var theirs = await app.LoadNumberFormAsync(id);
        var mine = await app.LoadNumberFormAsync(id);
        theirs.FriendlyName = "Front desk";
        Assert.True((await app.EditNumberAsync(id, theirs, loaded, actor: Grace)).Saved);
        mine.FriendlyName = "Sales";
        mine.BlastsEnabled = false;

        var result = await app.EditNumberAsync(id, mine, loaded);

        Assert.False(result.Saved);
        var conflict = Assert.IsType<NumberConflict>(result.Conflict);
        Assert.Equal([new FieldChange(nameof(NumberForm.FriendlyName), "Friendly name", "Front desk", "Sales")], conflict.Changes);
        Assert.Equal(Grace, conflict.ChangedBy);
        Assert.Equal(("Front desk", true), ((await app.NumberAsync(id)).FriendlyName, (await app.NumberAsync(id)).BlastsEnabled));

        // "Save mine over theirs": saved over the version the person has now seen.
        mine.Version = conflict.Version;
        var kept = await app.EditNumberAsync(id, mine, conflict.Theirs);

        Assert.True(kept.Saved);
        Assert.Equal("Friendly name: 'Front desk' → 'Sales'; Blasts: on → off", kept.Changes);
        Assert.Equal([(Grace, "Friendly name: '' → 'Front desk'"), (CrmAppFactory.AdminEmail, kept.Changes)],
            (await app.AuditAsync(id)).Where(e => e.Action == NumberAuditAction.Edited).Select(e => (e.Actor, e.Details)));
    }

    [Fact]
    public async Task A_sync_that_changed_the_row_but_no_editable_field_is_no_conflict()
    {
        var id = await app.BuyNumberAsync();
        var loaded = await app.LoadNumberFormAsync(id);
        var form = await app.LoadNumberFormAsync(id);
        // At Telnyx the number loses its messaging profile; the next sync brings that in, raising the row's version.
        var telnyxId = (await app.NumberAsync(id)).TelnyxId!;
        await app.RunAsync<TelnyxClient, PhoneNumberMessagingSettings>(t =>
            t.UpdateMessagingSettingsAsync(telnyxId, new UpdateMessagingSettingsRequest { MessagingProfileId = "" }));
        Assert.Equal(1, (await app.SyncNumbersAsync()).Updated);
        var synced = await app.NumberAsync(id);
        Assert.True(synced.Version > form.Version);
        Assert.False(synced.CanSms);
        form.FriendlyName = "Front desk";

        var result = await app.EditNumberAsync(id, form, loaded);

        Assert.Null(result.Conflict);
        Assert.True(result.Saved);
        Assert.Equal("Front desk", (await app.NumberAsync(id)).FriendlyName);
    }

    [Fact]
    public async Task A_released_number_cannot_be_edited_and_says_so()
    {
        var id = await app.BuyNumberAsync();
        var form = await app.LoadNumberFormAsync(id);
        var phone = (await app.NumberAsync(id)).PhoneNumber;
        Assert.True((await app.ReleaseNumberAsync(id, phone)).Released);
        form.FriendlyName = "Too late";

        var result = await app.EditNumberAsync(id, form);

        Assert.False(result.Saved);
        Assert.Matches(@"^\(312\) \d{3}-\d{4} was released on \d{4}-\d{2}-\d{2} \(UTC\), so it can no longer be edited\.$", result.Refusal);
        Assert.Null((await app.NumberAsync(id)).FriendlyName);
    }

    [Fact]
    public async Task An_unknown_number_is_refused_in_words()
    {
        var result = await app.EditNumberAsync(987_654, new NumberForm { FriendlyName = "Ghost" });

        Assert.Equal((false, EditNumber.NoSuchNumber), (result.Saved, result.Refusal));
    }
}
