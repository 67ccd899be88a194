using Bunit;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Compliance;

/// <summary>The consent card as the contact page shows it, over the real app.</summary>
public sealed class ConsentCardTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        context.Bunit.AddAuthorization().SetAuthorized(CrmAppFactory.AdminEmail);
        return Task.CompletedTask;
    }

    private async Task<IRenderedComponent<ConsentCard>> RenderAsync(long id)
    {
        var contact = await app.WithDbAsync(db => db.Contacts.AsNoTracking().Include(c => c.ConsentHistory).SingleAsync(c => c.Id == id));
        return context.Render<ConsentCard>(p => p
            .Add(c => c.ContactId, id).Add(c => c.Status, contact.Consent).Add(c => c.History, contact.ConsentHistory));
    }

    [Fact]
    public async Task The_card_shows_the_status_and_the_history_with_reasons()
    {
        var id = await app.CreateContactAsync("(312) 555-0150");
        await app.RecordConsentAsync(id, ConsentStatus.OptedOut, "Asked by phone");

        var card = await RenderAsync(id);

        Assert.Equal("OptedOut", card.Find("[data-consent-card] [data-consent]").GetAttribute("data-consent"));
        var history = card.Find("[data-consent-history]").TextContent;
        Assert.Contains("Asked by phone", history);
        Assert.Contains("set by staff", history);
        Assert.Contains("created by staff", history);
    }

    [Fact]
    public async Task A_change_without_a_reason_is_explained_by_the_reason_field()
    {
        var id = await app.CreateContactAsync("(312) 555-0151");
        var card = await RenderAsync(id);

        await card.Find("[data-consent-record]").ClickAsync(new());

        card.WaitForAssertion(() => Assert.Contains("Say why the consent changes", card.Find("[data-consent-form] .mud-input-helper-text.mud-input-error").TextContent));
        Assert.Single((await app.WithDbAsync(db => db.Contacts.Include(c => c.ConsentHistory).SingleAsync(c => c.Id == id))).ConsentHistory);
    }

    [Fact]
    public async Task Staff_trying_to_lift_a_customers_STOP_are_told_only_START_lifts_it()
    {
        var id = await app.CreateContactAsync("(312) 555-0152");
        await app.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == id);
            await ConsentRecorder.SetAsync(db, contact, ConsentStatus.OptedOut, ConsentSource.SmsKeyword, "Texted STOP", "SMS", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var card = await RenderAsync(id);

        var select = card.FindComponent<MudSelect<ConsentStatus>>();
        await select.InvokeAsync(() => select.Instance.SelectOption(ConsentStatus.OptedIn));
        card.FindComponent<MudTextField<string>>().Find("input").Input("Customer said it was a mistake");
        await card.Find("[data-consent-record]").ClickAsync(new());

        card.WaitForAssertion(() => Assert.Contains("Only the customer can opt back in, by texting START", card.Find("[data-consent-refused]").TextContent));
        Assert.Equal(ConsentStatus.OptedOut, await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.Consent).SingleAsync()));
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await app.DisposeAsync();
    }
}
