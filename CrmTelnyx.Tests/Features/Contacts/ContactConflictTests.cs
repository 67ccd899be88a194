using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>Two people open one contact; the first saves. The second is told what changed and chooses, never overwrites unknowingly.</summary>
public sealed class ContactConflictTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private const string Grace = "grace@crm.test";

    private Task<Contact> ContactAsync(long id) => app.WithDbAsync(db => db.Contacts.AsNoTracking().Include(c => c.Tags).ThenInclude(t => t.Tag).SingleAsync(c => c.Id == id));

    /// <summary>A contact, and the form each of two people loaded from it (plus the loaded form itself, kept by the page).</summary>
    private async Task<(long Id, ContactForm Loaded, ContactForm Theirs, ContactForm Mine)> TwoOpenAsync(string phone)
    {
        var id = await app.CreateContactAsync(phone, "lead");
        return (id, await app.LoadContactFormAsync(id), await app.LoadContactFormAsync(id), await app.LoadContactFormAsync(id));
    }

    [Fact]
    public async Task The_second_save_from_the_same_version_is_a_conflict_naming_the_changed_fields_and_changes_nothing()
    {
        var (id, loaded, theirs, mine) = await TwoOpenAsync("(617) 555-0101");
        theirs.Company = "Acme";
        theirs.Tags = ["lead", "hot"];
        Assert.True((await app.SaveContactAsync(theirs, id, loaded, actor: Grace)).Saved);
        mine.Company = "Globex";
        mine.Notes = "Call back Tuesday";

        var result = await app.SaveContactAsync(mine, id, loaded);

        Assert.False(result.Saved);
        var conflict = Assert.IsType<ContactConflict>(result.Conflict);
        Assert.Equal(
            [new FieldChange(nameof(ContactForm.Company), "Company", "Acme", "Globex"), new FieldChange(nameof(ContactForm.Tags), "Tags", "hot, lead", "lead")],
            conflict.Changes);
        Assert.Equal(Grace, conflict.ChangedBy);
        Assert.Equal("Acme", conflict.Theirs.Company);
        var saved = await ContactAsync(id);
        Assert.Equal(("Acme", (string?)null), (saved.Company, saved.Notes));
        Assert.Equal(conflict.Version, saved.Version);
    }

    [Fact]
    public async Task Keep_mine_saves_over_their_version_with_my_values()
    {
        var (id, loaded, theirs, mine) = await TwoOpenAsync("(617) 555-0102");
        theirs.Company = "Acme";
        await app.SaveContactAsync(theirs, id, loaded, actor: Grace);
        mine.Company = "Globex";
        mine.Notes = "Call back Tuesday";
        var conflict = (await app.SaveContactAsync(mine, id, loaded)).Conflict!;

        mine.Version = conflict.Version;
        var result = await app.SaveContactAsync(mine, id, conflict.Theirs);

        Assert.True(result.Saved);
        var saved = await ContactAsync(id);
        Assert.Equal(("Globex", "Call back Tuesday", CrmAppFactory.AdminEmail), (saved.Company, saved.Notes, saved.UpdatedBy));
    }

    [Fact]
    public async Task Reload_shows_their_version_which_then_saves_without_a_conflict()
    {
        var (id, loaded, theirs, mine) = await TwoOpenAsync("(617) 555-0103");
        theirs.Company = "Acme";
        await app.SaveContactAsync(theirs, id, loaded, actor: Grace);
        mine.Company = "Globex";
        var conflict = (await app.SaveContactAsync(mine, id, loaded)).Conflict!;

        var reloaded = await app.LoadContactFormAsync(id);
        Assert.Equal(("Acme", conflict.Version), (reloaded.Company, reloaded.Version));
        reloaded.Notes = "Met at the fair";
        Assert.True((await app.SaveContactAsync(reloaded, id, conflict.Theirs)).Saved);
        Assert.Equal(("Acme", "Met at the fair"), ((await ContactAsync(id)).Company, (await ContactAsync(id)).Notes));
    }

    [Fact]
    public async Task Keep_mine_after_yet_another_save_is_a_conflict_again()
    {
        var (id, loaded, theirs, mine) = await TwoOpenAsync("(617) 555-0104");
        theirs.Company = "Acme";
        await app.SaveContactAsync(theirs, id, loaded, actor: Grace);
        mine.Company = "Globex";
        var first = (await app.SaveContactAsync(mine, id, loaded)).Conflict!;
        var third = await app.LoadContactFormAsync(id);
        third.Company = "Initech";
        await app.SaveContactAsync(third, id, first.Theirs, actor: "linus@crm.test");

        mine.Version = first.Version;
        var second = await app.SaveContactAsync(mine, id, first.Theirs);

        Assert.Equal([("Company", "Initech", "Globex")], second.Conflict!.Changes.Select(c => (c.Field, c.Theirs, c.Yours)));
        Assert.Equal("linus@crm.test", second.Conflict.ChangedBy);
        Assert.Equal("Initech", (await ContactAsync(id)).Company);
    }

    [Fact]
    public async Task Changes_to_what_the_form_does_not_hold_or_to_the_same_values_are_no_conflict()
    {
        var (id, loaded, theirs, mine) = await TwoOpenAsync("(617) 555-0105");
        Assert.True((await app.RecordConsentAsync(id, ConsentStatus.OptedIn, "Signed the form")).Recorded);
        theirs.Company = "Acme";
        await app.SaveContactAsync(theirs, id, loaded, actor: Grace);
        mine.Company = " Acme ";
        mine.Notes = "Likes mornings";

        var result = await app.SaveContactAsync(mine, id, loaded);

        Assert.True(result.Saved);
        var saved = await ContactAsync(id);
        Assert.Equal(("Acme", "Likes mornings", ConsentStatus.OptedIn), (saved.Company, saved.Notes, saved.Consent));
    }

    [Fact]
    public async Task A_bulk_tagging_after_the_form_was_loaded_is_a_conflict_on_the_tags()
    {
        var (id, loaded, _, mine) = await TwoOpenAsync("(617) 555-0106");
        await app.RunAsync<BulkTagContacts, BulkTagResult>(u => u.AddAsync(new ContactQuery(Q: "(617) 555-0106"), "conference", Grace));
        mine.Notes = "Asked for a quote";

        var result = await app.SaveContactAsync(mine, id, loaded);

        Assert.Equal([("Tags", "conference, lead", "lead")], result.Conflict!.Changes.Select(c => (c.Field, c.Theirs, c.Yours)));
        Assert.Equal(Grace, result.Conflict.ChangedBy);
        Assert.Contains("conference", (await ContactAsync(id)).Tags.Select(t => t.Tag.Name));
    }

    [Fact]
    public async Task Every_save_raises_the_version()
    {
        var id = await app.CreateContactAsync("(617) 555-0107");
        var form = await app.LoadContactFormAsync(id);
        form.Company = "Acme";

        await app.SaveContactAsync(form, id);

        Assert.Equal(form.Version + 1, (await ContactAsync(id)).Version);
    }
}
