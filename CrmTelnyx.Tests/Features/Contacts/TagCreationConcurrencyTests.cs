using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmTelnyx.Tests.Features.Contacts.ContactUseCases;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>
/// Everything that creates a tag (a contact's save, bulk tagging, an import's batch) runs at once for the same new tag,
/// each in a DI scope and DbContext of its own over the real SQLite file, as twenty busy people and an import would.
/// </summary>
public sealed class TagCreationConcurrencyTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private const int People = 20;

    [Fact]
    public async Task Twenty_saves_adding_the_same_new_tag_at_once_all_succeed_with_one_tag()
    {
        var forms = await CreateContactsAsync("(415) 555-01", People);
        foreach (var (_, form) in forms) form.Tags = [.. form.Tags, "Rush"];

        var results = await AllAtOnceAsync(forms.Select(f => (Func<Task<SaveContact.Result>>)(() => app.SaveContactAsync(f.Form, f.Id))));

        Assert.All(results, r => Assert.True(r.Saved, string.Join(" ", r.Errors.Values)));
        await AssertEveryContactTaggedOnceAsync(forms.Select(f => f.Id), "Rush");
    }

    [Fact]
    public async Task Twenty_bulk_taggings_adding_the_same_new_tag_at_once_all_succeed_with_one_tag()
    {
        var forms = await CreateContactsAsync("(415) 555-02", People);

        var results = await AllAtOnceAsync(forms.Select(f => (Func<Task<BulkTagResult>>)(() =>
            app.RunAsync<BulkTagContacts, BulkTagResult>(u => u.AddAsync(new ContactQuery(Q: f.Form.Phone), "Bulk-rush")))));

        Assert.All(results, r => Assert.Equal((true, 1), (r.Succeeded, r.Changed)));
        await AssertEveryContactTaggedOnceAsync(forms.Select(f => f.Id), "Bulk-rush");
    }

    [Fact]
    public async Task Saves_bulk_taggings_and_import_batches_creating_the_same_tag_at_once_all_succeed_with_one_tag()
    {
        var forms = await CreateContactsAsync("(415) 555-03", 2 * People / 3);
        var saves = forms.Take(forms.Count / 2).ToList();
        var bulk = forms.Skip(forms.Count / 2).ToList();
        foreach (var (_, form) in saves) form.Tags = ["MIXED"];
        var imported = Enumerable.Range(0, People / 3).Select(i => $"+1415555{04 * 100 + i:D4}").ToList();

        var work = saves.Select(f => (Func<Task<bool>>)(async () => (await app.SaveContactAsync(f.Form, f.Id)).Saved))
            .Concat(bulk.Select(f => (Func<Task<bool>>)(async () =>
                (await app.RunAsync<BulkTagContacts, BulkTagResult>(u => u.AddAsync(new ContactQuery(Q: f.Form.Phone), "mixed"))).Succeeded)))
            .Concat(imported.Select(phone => (Func<Task<bool>>)(async () => (await WriteImportBatchAsync(phone, "Mixed")).Imported == 1)));
        var results = await AllAtOnceAsync(work);

        Assert.All(results, Assert.True);
        var importedIds = await app.WithDbAsync(db => db.Contacts.Where(c => imported.Contains(c.Phone)).Select(c => c.Id).ToListAsync());
        Assert.Equal(imported.Count, importedIds.Count);
        await AssertEveryContactTaggedOnceAsync(forms.Select(f => f.Id).Concat(importedIds), "MIXED");
    }

    /// <summary>Creates contacts with numbers prefix + 00, 01, … and returns each with its form as the contact page loads it.</summary>
    private async Task<List<(long Id, ContactForm Form)>> CreateContactsAsync(string prefix, int count)
    {
        var created = new List<(long, ContactForm)>();
        for (var i = 0; i < count; i++)
        {
            var id = await app.CreateContactAsync($"{prefix}{i:D2}", "existing");
            created.Add((id, await app.LoadContactFormAsync(id)));
        }
        return created;
    }

    /// <summary>One import batch of one row, written as the import runner writes it: its own scope, its own transaction.</summary>
    private async Task<ContactBatchWriter.Outcome> WriteImportBatchAsync(string phone, string tag)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var writer = new ContactBatchWriter(db, scope.ServiceProvider.GetRequiredService<TagResolver>());
        var draft = new ContactDraft("Imported", "Person", phone, null, null, null, null, [tag], null, new Dictionary<string, string>());
        var import = new ContactImport { FileName = "rush.csv", CreatedBy = CrmAppFactory.AdminEmail, Duplicates = DuplicateMode.Skip };
        return await writer.WriteAsync([draft], import, DateTime.UtcNow, CancellationToken.None);
    }

    /// <summary>
    /// Starts every piece of work on a thread of its own at the same moment: SQLite's "async" calls complete
    /// synchronously, so plain tasks would mostly run one after another.
    /// </summary>
    private static async Task<T[]> AllAtOnceAsync<T>(IEnumerable<Func<Task<T>>> work)
    {
        var pieces = work.ToList();
        using var start = new Barrier(pieces.Count);
        var running = pieces.Select(piece =>
        {
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            new Thread(() =>
            {
                start.SignalAndWait();
                try { done.SetResult(piece().GetAwaiter().GetResult()); }
                catch (Exception ex) { done.SetException(ex); }
            }) { IsBackground = true }.Start();
            return done.Task;
        }).ToList();
        return await Task.WhenAll(running);
    }

    private async Task AssertEveryContactTaggedOnceAsync(IEnumerable<long> ids, string tag)
    {
        var tags = await app.WithDbAsync(db => db.Tags.Where(t => t.Name == tag).Select(t => t.Name).ToListAsync());
        Assert.Single(tags);
        var untagged = await app.WithDbAsync(db => db.Contacts.Where(c => ids.Contains(c.Id) && !c.Tags.Any(t => t.Tag.Name == tag)).CountAsync());
        Assert.Equal(0, untagged);
    }
}
