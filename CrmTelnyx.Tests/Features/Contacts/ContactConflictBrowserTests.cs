using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>Two people, each signed in in a browser of their own, edit one contact at the same time.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactConflictBrowserTests(BrowserFixture browser)
{
    private const string StaffEmail = "conflict-staff@crm.test";
    private const string StaffPassword = "Staff-Passw0rd1";
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "crmtelnyx-screenshots");

    [BrowserFact]
    public async Task The_second_to_save_sees_what_the_first_changed_and_gets_what_they_choose()
    {
        var app = browser.App;
        var id = await app.CreateContactAsync("(415) 555-0170");
        await app.CreateUserAsync(StaffEmail, StaffPassword, AppRoles.Staff);
        var admin = await OpenAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword, id);
        var staff = await OpenAsync(StaffEmail, StaffPassword, id);

        // The admin saves a new company first.
        await admin.GetByLabel("Company").FillAsync("Acme");
        await SaveAsync(admin);
        await Assertions.Expect(admin.Locator("[data-contact-saved]")).ToBeVisibleAsync();

        // The staff member, on the page opened before, changes company and notes: nothing is saved, the page says why.
        await staff.GetByLabel("Company").FillAsync("Globex");
        await staff.GetByLabel("Notes").FillAsync("Call back Tuesday");
        await SaveAsync(staff);
        var conflict = staff.Locator("[data-contact-conflict]");
        await Assertions.Expect(conflict).ToContainTextAsync($"{CrmAppFactory.AdminEmail} changed this contact at");
        await Assertions.Expect(conflict.Locator("[data-conflict-field]")).ToHaveCountAsync(1);
        await Assertions.Expect(conflict.Locator("[data-conflict-field='Company']")).ToContainTextAsync("Theirs Acme");
        await Assertions.Expect(conflict.Locator("[data-conflict-field='Company']")).ToContainTextAsync("Yours Globex");
        Assert.Equal(("Acme", (string?)null), await SavedAsync(id));
        Directory.CreateDirectory(Shots);
        await staff.ScreenshotAsync(new() { Path = Path.Combine(Shots, "contact-conflict-1366.png") });
        await staff.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(conflict).ToBeInViewportAsync();
        await staff.ScreenshotAsync(new() { Path = Path.Combine(Shots, "contact-conflict-390.png") });
        await staff.SetViewportSizeAsync(1366, 850);

        // "Keep mine": their company is replaced by the staff member's, with the notes.
        await conflict.Locator("[data-conflict-keep-mine]").ClickAsync();
        await Assertions.Expect(staff.Locator("[data-contact-saved]")).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToHaveCountAsync(0);
        Assert.Equal(("Globex", "Call back Tuesday"), await SavedAsync(id));

        // Again, the other way: the admin opens the contact afresh and renames the company; the staff member, still on
        // the page they saved from, changes it too, meets the admin's change and takes it instead.
        await admin.ReloadAsync();
        await Assertions.Expect(admin.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected", new() { Timeout = 60_000 });
        await Assertions.Expect(admin.GetByLabel("Company")).ToHaveValueAsync("Globex");
        await admin.GetByLabel("Company").FillAsync("Initech");
        await SaveAsync(admin);
        await Assertions.Expect(admin.Locator("[data-contact-saved]")).ToBeVisibleAsync();
        Assert.Equal(("Initech", "Call back Tuesday"), await SavedAsync(id));

        await staff.GetByLabel("Company").FillAsync("Globex Europe");
        await SaveAsync(staff);
        await Assertions.Expect(conflict.Locator("[data-conflict-field='Company']")).ToContainTextAsync("Theirs Initech");
        await conflict.Locator("[data-conflict-reload]").ClickAsync();
        await Assertions.Expect(conflict).ToHaveCountAsync(0);
        await Assertions.Expect(staff.GetByLabel("Company")).ToHaveValueAsync("Initech");
        await Assertions.Expect(staff.GetByLabel("Notes")).ToHaveValueAsync("Call back Tuesday");
        Assert.Equal(("Initech", "Call back Tuesday"), await SavedAsync(id));
    }

    private async Task<IPage> OpenAsync(string email, string password, long id)
    {
        var page = await browser.SignedInPageAsync(email, password);
        await page.SetViewportSizeAsync(1366, 850);
        await page.GotoAsync($"/contacts/{id}");
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ada Lovelace");
        return page;
    }

    private static Task SaveAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

    private Task<(string?, string?)> SavedAsync(long id) =>
        browser.App.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => ValueTuple.Create(c.Company, c.Notes)).SingleAsync());
}
