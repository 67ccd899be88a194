using Microsoft.AspNetCore.Authorization;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Features.Contacts.Search;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Features.Webhooks;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CrmTelnyx.Features.Contacts;

public static class ContactsFeature
{
    public static IHostApplicationBuilder AddContacts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<TagResolver>();
        builder.Services.AddScoped<SearchContacts>();
        builder.Services.AddScoped<BulkTagContacts>();
        builder.Services.AddScoped<SaveContactFilter>();
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
        // Everyone who works with contacts may see them; taking them all out is for managers (AppRoles.Exports).
        contacts.MapGet("/export", Export).RequireAuthorization(AppPolicies.Exports);
        contacts.MapContactImport();
        return app;
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
}
