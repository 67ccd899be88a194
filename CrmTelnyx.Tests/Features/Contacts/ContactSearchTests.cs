using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Contacts.Search;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>
/// Search through the FTS5 trigram index ("ContactSearch"). The app's background indexer is left out here, so each
/// test decides when contacts are indexed and can check search both before and after.
/// </summary>
public sealed class ContactSearchTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public ContactSearchTests() =>
        app.ServiceChanges.Add(services => services.Remove(services.Single(d => d.ImplementationType == typeof(ContactSearchIndexer))));

    public void Dispose() => app.Dispose();

    private Task<int> IndexAsync() => ActivatorUtilities.CreateInstance<ContactSearchIndexer>(app.Services).IndexPendingAsync();

    private Task<long> AddAsync(string first, string last, string phone, string? company = null) => app.WithDbAsync(async db =>
    {
        var contact = new Contact { FirstName = first, LastName = last, Phone = phone, Company = company, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        contact.RefreshSearchKeys();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    });

    private Task RenameAsync(long id, string last) => app.WithDbAsync(async db =>
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == id);
        contact.LastName = last;
        contact.RefreshSearchKeys();
        return await db.SaveChangesAsync();
    });

    private Task<List<long>> SearchAsync(string q) =>
        app.WithDbAsync(db => new ContactQuery(Q: q).Filter(db).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

    /// <summary>What the index alone holds, without the query's exact re-check, so a stale index cannot hide.</summary>
    private Task<List<long>> IndexedAsync(string term) => app.WithDbAsync(db =>
        db.Database.SqlQuery<long>($"""SELECT rowid AS "Value" FROM "ContactSearch" WHERE "ContactSearch" MATCH {term}""").ToListAsync());

    [Fact]
    public async Task The_bundled_SQLite_has_FTS5_with_the_trigram_tokenizer()
    {
        var version = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT sqlite_version() AS \"Value\"").SingleAsync());
        var ada = await AddAsync("Ada", "Lovelace", "+12125550101");

        Assert.Equal(1, await IndexAsync());

        Assert.True(Version.Parse(version) >= new Version(3, 34), $"SQLite {version} has no trigram tokenizer");
        Assert.Equal([ada], await IndexedAsync("ovel"));
    }

    [Fact]
    public async Task A_new_contact_is_found_at_once_and_still_after_it_is_indexed()
    {
        var ada = await AddAsync("Ada", "Lovelace", "+12125550101");
        await IndexAsync();
        var grace = await AddAsync("Grace", "Lovell", "+12125550102");

        Assert.Empty(await IndexedAsync("lovell"));
        Assert.Equal([ada, grace], await SearchAsync("love"));
        Assert.Equal([grace], await SearchAsync("lovell"));

        Assert.Equal(1, await IndexAsync());

        Assert.Equal([grace], await IndexedAsync("lovell"));
        Assert.Equal([ada, grace], await SearchAsync("love"));
        Assert.Equal(0, await IndexAsync());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("lo\"ve")]
    [InlineData("*")]
    [InlineData("lov*")]
    [InlineData("ada OR grace")]
    [InlineData("ada - grace")]
    [InlineData("-ada")]
    [InlineData("NOT ada")]
    [InlineData("ada AND")]
    [InlineData("(ada")]
    [InlineData("firstname:ada")]
    [InlineData("^ada")]
    [InlineData("ada NEAR(grace)")]
    public async Task Search_syntax_in_the_box_is_plain_text_that_neither_errors_nor_over_matches(string q)
    {
        await AddAsync("Ada", "Lovelace", "+12125550101");
        await AddAsync("Grace", "Hopper", "+12125550102");
        await IndexAsync();

        Assert.Empty(await SearchAsync(q));
    }

    [Fact]
    public async Task Special_characters_match_literally()
    {
        var obrien = await AddAsync("Sean", "O'Brien", "+12125550103", company: "Smith & \"Sons\" (NY) - A*B OR C");
        await AddAsync("Ada", "Lovelace", "+12125550101");
        await IndexAsync();

        Assert.Equal([obrien], await SearchAsync("o'brien"));
        Assert.Equal([obrien], await SearchAsync("\"sons\""));
        Assert.Equal([obrien], await SearchAsync("(ny) - a*b or c"));
        Assert.Equal([obrien], await SearchAsync("A*B"));
    }

    [Fact]
    public async Task A_contact_edited_after_it_was_indexed_is_found_by_its_new_name_and_not_its_old_one()
    {
        var id = await AddAsync("Ada", "Lovelace", "+12125550101");
        await IndexAsync();

        await RenameAsync(id, "Byron");

        Assert.Equal([id], await SearchAsync("byron"));
        Assert.Empty(await SearchAsync("lovelace"));
        Assert.Empty(await IndexedAsync("lovelace"));
        Assert.Equal([id], await IndexedAsync("byron"));
    }

    [Fact]
    public async Task A_contact_edited_before_it_was_indexed_is_indexed_with_its_new_name()
    {
        var id = await AddAsync("Ada", "Lovelace", "+12125550101");

        await RenameAsync(id, "Byron");
        await IndexAsync();

        Assert.Equal([id], await SearchAsync("byron"));
        Assert.Empty(await SearchAsync("lovelace"));
        Assert.Empty(await IndexedAsync("lovelace"));
        Assert.Equal([id], await IndexedAsync("byron"));
    }

    [Fact]
    public async Task A_deleted_contact_is_not_found_and_leaves_the_index()
    {
        var softDeleted = await AddAsync("Ada", "Lovelace", "+12125550101");
        var hardDeleted = await AddAsync("Ada", "Lovelock", "+12125550102");
        var kept = await AddAsync("Ada", "Lovegood", "+12125550103");
        await IndexAsync();
        var deletedBeforeIndexing = await AddAsync("Ada", "Loveday", "+12125550104");

        await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == softDeleted).ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, DateTime.UtcNow)));
        await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == hardDeleted || c.Id == deletedBeforeIndexing).ExecuteDeleteAsync());
        await IndexAsync();

        Assert.Equal([kept], await SearchAsync("ada love"));
        Assert.Empty(await IndexedAsync("lovelock"));
        Assert.Empty(await IndexedAsync("loveday"));
    }

    [Theory]
    [InlineData("by")]
    [InlineData("BY")]
    [InlineData("n ")]
    public async Task A_search_shorter_than_three_characters_still_finds_substrings(string q)
    {
        var byron = await AddAsync("Ada", "Byron", "+12125550101");
        await AddAsync("Grace", "Hopper", "+13035550102");
        await IndexAsync();

        Assert.Equal([byron], await SearchAsync(q));
    }

    [Fact]
    public async Task Phone_like_fragments_match_digits_through_the_index()
    {
        var ada = await AddAsync("Ada", "Lovelace", "+12125550101");
        await AddAsync("Grace", "Hopper", "+13035550102");
        await IndexAsync();

        Assert.Equal([ada], await SearchAsync("(212) 555-01"));
        Assert.Equal([ada], await SearchAsync("+1 212"));
    }

    [Fact]
    public async Task Contacts_from_before_the_migration_are_indexed_and_its_down_drops_the_index()
    {
        var before = await AddAsync("Ada", "Lovelace", "+12125550101");
        await app.WithDbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261122202522_MessageSendKey");
            var tables = await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE name LIKE '%ContactSearch%'").ToListAsync();
            Assert.Empty(tables);
            await migrator.MigrateAsync();
            return 0;
        });

        Assert.Equal([before], await SearchAsync("lovelace"));
        Assert.Equal(1, await IndexAsync());
        Assert.Equal([before], await IndexedAsync("lovelace"));
    }
}

/// <summary>The running app's own indexer, in the background.</summary>
public sealed class ContactSearchIndexerTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task The_app_indexes_new_contacts_in_the_background()
    {
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is ContactSearchIndexer);
        await app.WithDbAsync(async db =>
        {
            var contact = new Contact { FirstName = "Hedy", LastName = "Lamarr", Phone = "+12125550109", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            contact.RefreshSearchKeys();
            db.Contacts.Add(contact);
            return await db.SaveChangesAsync();
        });

        var indexed = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.Database.SqlQuery<long>($"""SELECT rowid AS "Value" FROM "ContactSearch" WHERE "ContactSearch" MATCH 'lamarr'""").CountAsync()),
            count => count == 1);

        Assert.Equal(1, indexed);
    }
}
