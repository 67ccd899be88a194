using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>The contact use cases run as the page runs them: each in a scope of its own over the real app.</summary>
public static class ContactUseCases
{
    public static ContactForm Form(string phone, string email = "", string state = "", params string[] tags) => new()
    {
        FirstName = "Ada", LastName = "Lovelace", Phone = phone, Email = email, State = state, Tags = [.. tags], CustomFields = "Account = A-1",
    };

    /// <param name="loaded">The form as the page loaded it (what someone else's changes are measured against).</param>
    public static Task<SaveContact.Result> SaveContactAsync(this CrmAppFactory app, ContactForm form, long? id = null, ContactForm? loaded = null,
        string actor = CrmAppFactory.AdminEmail) =>
        app.RunAsync<SaveContact, SaveContact.Result>(u => u.SaveAsync(id, form, actor, loaded));

    /// <summary>The contact's form as the contact page loads it, version included.</summary>
    public static Task<ContactForm> LoadContactFormAsync(this CrmAppFactory app, long id) => app.WithDbAsync(async db => ContactForm.From(
        await db.Contacts.AsNoTracking().Include(c => c.Tags).ThenInclude(t => t.Tag).SingleAsync(c => c.Id == id)));

    /// <summary>Creates a contact and returns its id; fails the test when it cannot be saved.</summary>
    public static async Task<long> CreateContactAsync(this CrmAppFactory app, string phone, params string[] tags)
    {
        var result = await app.SaveContactAsync(Form(phone, tags: tags));
        Assert.True(result.Saved, string.Join(" ", result.Errors.Values));
        return result.ContactId!.Value;
    }

    public static Task<RecordConsent.Result> RecordConsentAsync(this CrmAppFactory app, long contactId, ConsentStatus status, string? reason) =>
        app.RunAsync<RecordConsent, RecordConsent.Result>(u => u.RecordAsync(contactId, status, reason, CrmAppFactory.AdminEmail));

    public static Task<string?> DeleteContactAsync(this CrmAppFactory app, long contactId) =>
        app.RunAsync<DeleteContact, string?>(u => u.DeleteAsync(contactId));

    public static async Task<TResult> RunAsync<TUseCase, TResult>(this CrmAppFactory app, Func<TUseCase, Task<TResult>> run) where TUseCase : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
