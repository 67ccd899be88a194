using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>The contact use cases run as the page runs them: each in a scope of its own over the real app.</summary>
public static class ContactUseCases
{
    public static ContactForm Form(string phone, string email = "", string state = "", params string[] tags) => new()
    {
        FirstName = "Ada", LastName = "Lovelace", Phone = phone, Email = email, State = state, Tags = [.. tags], CustomFields = "Account = A-1",
    };

    public static Task<SaveContact.Result> SaveContactAsync(this CrmAppFactory app, ContactForm form, long? id = null) =>
        app.RunAsync<SaveContact, SaveContact.Result>(u => u.SaveAsync(id, form, CrmAppFactory.AdminEmail));

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
