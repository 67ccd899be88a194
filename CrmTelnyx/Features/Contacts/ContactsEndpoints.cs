using Microsoft.AspNetCore.Authorization;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Features.Contacts.Search;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Features.Webhooks;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CrmTelnyx.Features.Contacts;

public static class ContactsEndpoints
{
    public static IHostApplicationBuilder AddContacts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<TagResolver>();
        builder.Services.AddScoped<SaveContact>();
        builder.Services.AddScoped<DeleteContact>();
        builder.AddContactImport();
        builder.Services.AddHostedService<ContactSearchIndexer>();
        builder.Services.AddQuartz(q => q.ScheduleJob<AbandonedUploadSweep>(
            trigger => trigger.WithIdentity(nameof(AbandonedUploadSweep)).StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever())));
        builder.Services.AddWebhookHandler<RecordLastContact>();
        return builder;
    }

    public static IEndpointRouteBuilder MapContacts(this IEndpointRouteBuilder app)
    {
        var contacts = app.MapGroup("/contacts").RequireAuthorization(AppPolicies.Contacts);
        contacts.MapGet("/list", List);
        // Everyone who works with contacts may see them; taking them all out is for managers (AppRoles.Exports).
        contacts.MapGet("/export", Export).RequireAuthorization(AppPolicies.Exports);
        contacts.MapPost("/bulk-tag", BulkTag);
        contacts.MapContactImport();
        return app;
    }

    /// <summary>The table fragment for htmx: the same filter as the page, one keyset page.</summary>
    public static async Task<RazorComponentResult<ContactTable>> List([AsParameters] ContactQuery query, CrmDbContext db, HttpContext context)
    {
        // The address bar follows the filter, so a reload or a shared link shows the same list.
        context.Response.Headers["HX-Push-Url"] = ContactLinks.List(query, query.After);
        return new RazorComponentResult<ContactTable>(new { Page = await ContactListPage.LoadAsync(query, db) });
    }

    /// <summary>Streams the filtered contacts as CSV at constant memory.</summary>
    public static async Task Export([AsParameters] ContactQuery query, CrmDbContext db, HttpContext context, TimeProvider time)
    {
        await using var csv = ExcelSafeCsv.Download(context.Response, $"contacts-{time.GetUtcNow():yyyyMMdd-HHmm}.csv");
        await csv.WriteRecordAsync(["first_name", "last_name", "phone", "email", "company", "state", "tags", "consent", "notes", "custom_fields", "created_at"]);
        var rows = query.Filter(db).AsNoTracking().OrderBy(c => c.SortName).ThenBy(c => c.Id)
            .Select(c => new { c.FirstName, c.LastName, c.Phone, c.Email, c.Company, c.State, c.Consent, c.Notes, c.CustomFields, c.CreatedAt, Tags = c.Tags.Select(t => t.Tag.Name).ToList() });
        await foreach (var c in rows.AsAsyncEnumerable().WithCancellation(context.RequestAborted))
        {
            await csv.WriteRecordAsync(
            [
                c.FirstName, c.LastName, c.Phone, c.Email ?? "", c.Company ?? "", c.State ?? "", string.Join("; ", c.Tags), c.Consent.ToString(),
                c.Notes ?? "", string.Join("; ", c.CustomFields.Select(kv => $"{kv.Key}={kv.Value}")), c.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss"),
            ], context.RequestAborted);
        }
    }

    /// <summary>Adds or removes a tag on every contact the filter matches.</summary>
    public static async Task<RedirectHttpResult> BulkTag([AsParameters] ContactQuery query, [FromForm] string? tagName, [FromForm] string? action, CrmDbContext db, TagResolver tags)
    {
        var name = TagNames.Parse(tagName).FirstOrDefault();
        var back = query with { After = null };
        if (name is null) return TypedResults.Redirect(ContactLinks.List(back, message: "Type the name of a tag."));

        var ids = query.Filter(db).Select(c => c.Id);
        int changed;
        if (action == "remove")
        {
            var tag = await tags.FindAsync(name);
            changed = tag is null ? 0 : await db.ContactTags.Where(ct => ct.TagId == tag.Id && ids.Contains(ct.ContactId)).ExecuteDeleteAsync();
            return TypedResults.Redirect(ContactLinks.List(back, message: $"Removed tag '{name}' from {changed} contact(s)."));
        }

        var newTag = await tags.GetOrCreateAsync(name);
        await db.SaveChangesAsync();
        var missing = await ids.Where(id => !db.ContactTags.Any(ct => ct.ContactId == id && ct.TagId == newTag.Id)).ToListAsync();
        foreach (var chunk in missing.Chunk(5000))
        {
            db.ContactTags.AddRange(chunk.Select(id => new ContactTag { ContactId = id, TagId = newTag.Id }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return TypedResults.Redirect(ContactLinks.List(back, message: $"Tagged {missing.Count} contact(s) '{name}'."));
    }
}
