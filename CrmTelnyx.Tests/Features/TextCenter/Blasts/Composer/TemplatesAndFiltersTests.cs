using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Templates;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>Saved message templates (save, replace by name, delete) and contact-list filters saved for blast audiences.</summary>
public sealed class TemplatesAndFiltersTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> run) where TUseCase : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    [Fact]
    public async Task A_template_is_saved_replaced_under_its_name_and_deleted()
    {
        var first = await RunAsync<SaveMessageTemplate, SaveMessageTemplate.Result>(s => s.SaveAsync("Sale", "Hi {firstName|there}", null, "staff@crm.test"));
        var again = await RunAsync<SaveMessageTemplate, SaveMessageTemplate.Result>(s => s.SaveAsync(" Sale ", "Hello {firstName|there}", "https://example.com/a.png", "staff@crm.test"));
        var wrong = await RunAsync<SaveMessageTemplate, SaveMessageTemplate.Result>(s => s.SaveAsync("Bad", "Hi {nickname}", null, "staff@crm.test"));

        var saved = await app.WithDbAsync(db => db.MessageTemplates.AsNoTracking().ToListAsync());
        Assert.Equal(first.Template!.Id, again.Template!.Id);
        Assert.Equal(("Sale", "Hello {firstName|there}", "https://example.com/a.png"), (saved.Single().Name, saved.Single().Text, saved.Single().MediaUrl));
        Assert.Contains("{nickname} is not a merge field", wrong.Error);

        Assert.True(await RunAsync<DeleteMessageTemplate, bool>(d => d.DeleteAsync(first.Template.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.MessageTemplates.CountAsync()));
    }

    [Fact]
    public async Task A_filter_saved_from_the_contact_list_becomes_a_blast_audience()
    {
        var vip = new Tag { Name = "vip" };
        await app.AddAsync([Person("Ann", "+12125550101", "NY", ConsentStatus.OptedIn, null, vip), Person("Bob", "+13035550102", "CO", ConsentStatus.OptedIn, null, vip)]);

        var saved = await RunAsync<SaveContactFilter, SaveContactFilter.Result>(s => s.SaveAsync("NY VIPs", new ContactQuery(Tag: "vip", State: "NY", Sort: ContactQuery.Newest), "staff@crm.test"));
        var everyone = await RunAsync<SaveContactFilter, SaveContactFilter.Result>(s => s.SaveAsync("All", new ContactQuery(), "staff@crm.test"));

        Assert.Equal("?tag=vip&state=NY", saved.Filter!.Query);
        Assert.NotNull(everyone.Error);
        var count = await app.WithDbAsync(db => AudienceCount.ForAsync(db, new BlastAudience { SavedFilterId = saved.Filter.Id }));
        Assert.Equal(1, count.Recipients);
    }
}
