using System.Text;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class AbandonedUploadSweepTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task An_upload_nobody_imported_within_a_day_is_deleted_and_its_page_says_why()
    {
        var client = await app.SignedInAdminAsync();
        var csv = Encoding.UTF8.GetBytes("First Name,Phone\nAda,(303) 555-0101\n");
        var forgotten = await ContactImportFlow.UploadOkAsync(client, csv, "forgotten.csv");
        var recent = await ContactImportFlow.UploadOkAsync(client, csv, "recent.csv");
        await app.WithDbAsync(db => db.ContactImports.Where(i => i.Id == forgotten)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CreatedAt, DateTime.UtcNow.AddDays(-2))));
        var paths = await app.WithDbAsync(db => db.ContactImports.ToDictionaryAsync(i => i.Id, i => i.StoredPath));

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(1, await ActivatorUtilities.CreateInstance<AbandonedUploadSweep>(scope.ServiceProvider).SweepAsync());

        Assert.False(File.Exists(paths[forgotten]));
        Assert.True(File.Exists(paths[recent]));
        var page = await (await client.GetAsync($"/contacts/import/{forgotten}")).ReadHtmlAsync();
        Assert.Contains("was not imported within a day of its upload, so it was deleted", page.VisibleText());
        Assert.Null(page.QuerySelector("[data-import-mapping]"));
        var stillOpen = await (await client.GetAsync($"/contacts/import/{recent}")).ReadHtmlAsync();
        Assert.NotNull(stillOpen.QuerySelector("[data-import-mapping]"));
    }

    [Fact]
    public async Task The_sweep_is_scheduled_in_the_running_app()
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.True(await scheduler.Exists(new JobKey(nameof(AbandonedUploadSweep)), CancellationToken.None));
    }
}
