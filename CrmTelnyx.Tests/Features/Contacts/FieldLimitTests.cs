using System.Text;
using Bunit;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Tests.Features.Users;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>
/// Each field's one length limit, held the same way by the use cases, the import and the database itself
/// (the forms' side is in <see cref="FieldLimitFormTests"/>).
/// </summary>
public sealed class FieldLimitTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData(nameof(ContactForm.FirstName), 101, "At most 100 characters.")]
    [InlineData(nameof(ContactForm.Company), 201, "At most 200 characters.")]
    [InlineData(nameof(ContactForm.Notes), 4001, "At most 4,000 characters.")]
    public async Task Saving_a_field_past_its_limit_is_refused_by_that_field_and_nothing_is_stored(string field, int length, string message)
    {
        var form = ContactUseCases.Form("(212) 555-0170");
        typeof(ContactForm).GetProperty(field)!.SetValue(form, new string('x', length));

        var result = await app.SaveContactAsync(form);

        Assert.False(result.Saved);
        Assert.Equal(message, result.Errors[field]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task A_tag_past_50_characters_is_refused_with_words_not_cut_short()
    {
        var tag = new string('t', 51);

        var result = await app.SaveContactAsync(ContactUseCases.Form("(212) 555-0171", tags: ["vip", tag]));

        Assert.False(result.Saved);
        Assert.Equal("The tag \"tttttttttttttttttttt…\" is 51 characters long; at most 50.", result.Errors[nameof(ContactForm.Tags)]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Tags.CountAsync()));
    }

    [Fact]
    public async Task A_custom_field_value_past_its_limit_is_refused()
    {
        var form = ContactUseCases.Form("(212) 555-0172");
        form.CustomFields = "Account = " + new string('9', 501);

        var result = await app.SaveContactAsync(form);

        Assert.Equal("The custom field \"Account\" is 501 characters long; at most 500.", result.Errors[nameof(ContactForm.CustomFields)]);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("a@x.com<script>")]
    public async Task An_odd_email_is_refused_by_the_email_field(string email)
    {
        var result = await app.SaveContactAsync(ContactUseCases.Form("(212) 555-0173", email: email));

        Assert.Equal("Enter an email address like name@example.com.", result.Errors[nameof(ContactForm.Email)]);
    }

    [Fact]
    public async Task A_bulk_tag_past_50_characters_is_refused_and_tags_nobody()
    {
        await app.CreateContactAsync("(212) 555-0174");

        var result = await app.RunAsync<BulkTagContacts, BulkTagResult>(u => u.AddAsync(new ContactQuery(), new string('b', 60)));

        Assert.False(result.Succeeded);
        Assert.Equal("The tag \"bbbbbbbbbbbbbbbbbbbb…\" is 60 characters long; at most 50.", result.Message);
        Assert.Equal(0, await app.WithDbAsync(db => db.Tags.CountAsync()));
    }

    [Fact]
    public async Task Bulk_tagging_leaves_a_contact_that_already_has_50_tags_as_it_was_and_says_so()
    {
        var full = await app.CreateContactAsync("(212) 555-0175");
        var other = await app.CreateContactAsync("(212) 555-0176");
        await app.WithDbAsync(async db =>
        {
            var tags = Enumerable.Range(1, ContactFieldLimits.TagsPerContact).Select(i => new Tag { Name = $"t{i}" }).ToList();
            db.Tags.AddRange(tags);
            await db.SaveChangesAsync();
            db.ContactTags.AddRange(tags.Select(t => new ContactTag { ContactId = full, TagId = t.Id }));
            return await db.SaveChangesAsync();
        });

        var result = await app.RunAsync<BulkTagContacts, BulkTagResult>(u => u.AddAsync(new ContactQuery(), "vip"));

        Assert.Equal((true, 1), (result.Succeeded, result.Changed));
        Assert.Equal("Tagged 1 contact(s) 'vip'. 1 contact(s) already have 50 tags, the most a contact may have, and were left as they were.", result.Message);
        var counts = await app.WithDbAsync(db => db.ContactTags.GroupBy(ct => ct.ContactId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));
        Assert.Equal((50, 1), (counts[full], counts[other]));
    }

    [Fact]
    public async Task A_consent_reason_past_its_limit_is_refused_and_nothing_changes()
    {
        var id = await app.CreateContactAsync("(212) 555-0175");

        var result = await app.RecordConsentAsync(id, ConsentStatus.OptedOut, new string('r', ConsentEvent.ReasonMaxLength + 1));

        Assert.Equal("At most 300 characters.", result.Refusal);
        Assert.Equal(ConsentStatus.Unknown, await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.Consent).SingleAsync()));
    }

    [Theory]
    [InlineData("a@b", "Pat", nameof(NewUserInput.Email), "Enter an email address like name@example.com.")]
    [InlineData("a@x.com<script>", "Pat", nameof(NewUserInput.Email), "Enter an email address like name@example.com.")]
    [InlineData("pat@crm.test", "101", nameof(NewUserInput.DisplayName), "At most 100 characters.")]
    public async Task A_new_user_with_an_odd_email_or_a_long_name_is_refused_by_that_field(string email, string name, string field, string message)
    {
        if (name == "101") name = new string('n', 101);

        var result = await app.CreateUserThroughAdminAsync(email, "Pat-Passw0rd1", "Staff", name);

        Assert.Equal([message], result.ErrorsFor(field));
        Assert.Equal(1, await app.WithUsersAsync(u => u.Users.CountAsync()));
    }

    [Fact]
    public async Task An_import_rejects_each_row_with_an_over_long_cell_by_its_line_and_imports_the_good_ones()
    {
        var client = await app.SignedInAdminAsync();
        var csv = new StringBuilder("Name,Phone,Company,Notes,Tags,Account\n")
            .Append("Ada Good,(212) 555-0180,Acme,Short note,vip,A-1\n")
            .Append($"Long Notes,(212) 555-0181,Acme,{new string('n', 5000)},vip,A-2\n")
            .Append($"Long Company,(212) 555-0182,{new string('c', 201)},,vip,A-3\n")
            .Append($"Long Tag,(212) 555-0183,Acme,,{new string('t', 51)},A-4\n")
            .Append($"Long Custom,(212) 555-0184,Acme,,vip,{new string('9', 501)}\n")
            .Append("Grace Good,(212) 555-0185,Acme,,vip,A-6\n")
            .ToString();

        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(csv), "limits.csv");
        var report = await ContactImportFlow.StartAndWaitAsync(app, client, id, mapping: new() { [5] = ContactField.Custom });

        Assert.Equal(2, report.Count("imported"));
        Assert.Equal(4, report.Count("rejected"));
        var reasons = await app.WithDbAsync(db => db.ImportRejections.Where(r => r.ImportId == id).ToDictionaryAsync(r => r.LineNumber, r => r.Reason));
        Assert.Equal("Notes is 5,000 characters long; at most 4,000.", reasons[3]);
        Assert.Equal("Company is 201 characters long; at most 200.", reasons[4]);
        Assert.Equal("Tags: The tag \"tttttttttttttttttttt…\" is 51 characters long; at most 50.", reasons[5]);
        Assert.Equal("The custom field \"Account\" is 501 characters long; at most 500.", reasons[6]);
        Assert.Equal(["+12125550180", "+12125550185"], (await app.WithDbAsync(db => db.Contacts.Select(c => c.Phone).ToListAsync())).Order());
        await using var components = new MudComponentContext(app);
        var rejections = components.Render<ImportRejections>(p => p.Add(r => r.ImportId, id));
        rejections.WaitForAssertion(() => Assert.Contains("Notes is 5,000 characters long; at most 4,000.", ContactImportTests.RejectedRow(rejections, 3)));
    }

    [Theory]
    [InlineData("Contacts", "Notes", 4001)]
    [InlineData("Contacts", "Company", 201)]
    [InlineData("Contacts", "FirstName", 101)]
    [InlineData("Tags", "Name", 51)]
    [InlineData("ConsentEvents", "Detail", 501)]
    [InlineData("AspNetUsers", "DisplayName", 101)]
    public async Task The_database_itself_refuses_a_raw_update_past_a_limit(string table, string column, int length)
    {
        await app.CreateContactAsync("(212) 555-0190", "vip");

        // Names from the test's own data; the value goes as a parameter.
        var sql = "UPDATE \"" + table + "\" SET \"" + column + "\" = {0}";
        var error = await Assert.ThrowsAsync<SqliteException>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, new string('x', length))));

        Assert.Contains("CHECK constraint failed", error.Message);
    }

    [Fact]
    public async Task The_database_refuses_a_raw_insert_of_a_5_MB_note()
    {
        var error = await Assert.ThrowsAsync<SqliteException>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Contacts" ("FirstName", "LastName", "Phone", "Notes", "CustomFields", "Consent", "CreatedAt", "UpdatedAt", "SortName", "SearchText")
            VALUES ('Big', 'Note', '+12125550191', {0}, '{{}}', 0, '2026-01-01', '2026-01-01', 'note big', 'big note')
            """, new string('n', 5 * 1024 * 1024))));

        Assert.Contains("CK_Contacts_Notes_Length", error.Message);
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task The_search_index_triggers_outlive_the_table_rebuild_that_added_the_checks()
    {
        var triggers = await app.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Contacts'").ToListAsync());

        Assert.Equal(["Contacts_SearchIndex_AfterDelete", "Contacts_SearchIndex_AfterUpdate"], triggers.Order());
    }

    [Fact]
    public async Task A_database_holding_an_over_long_note_from_before_still_migrates_with_the_note_cut_to_the_limit()
    {
        var id = await app.CreateContactAsync("(212) 555-0192", "vip");
        await app.WithDbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261130204935_UserThemePreference");
            await db.Database.ExecuteSqlAsync($"UPDATE \"Contacts\" SET \"Notes\" = {new string('n', 6000)} WHERE \"Id\" = {id}");
            await migrator.MigrateAsync();
            return 0;
        });

        var contact = await app.WithDbAsync(db => db.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag).SingleAsync(c => c.Id == id));
        Assert.Equal(ContactFieldLimits.Notes, contact.Notes!.Length);
        Assert.Equal(["vip"], contact.Tags.Select(t => t.Tag.Name));
    }
}
