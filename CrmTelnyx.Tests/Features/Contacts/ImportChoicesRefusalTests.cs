using System.Text;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>
/// Preview and start with choices the page would never send (none, unknown fields, more columns than the file) answer
/// in words and change nothing: the circuit is the only way in, but its messages are the client's to craft.
/// </summary>
public sealed class ImportChoicesRefusalTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private async Task<Guid> UploadAsync()
    {
        var client = await app.SignedInAdminAsync();
        return await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes("Name,Phone\nAda,212-555-0121\n"));
    }

    private async Task<StartImport.Result> StartAsync(Guid id, ImportChoices? choices)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StartImport>().StartAsync(id, choices);
    }

    private async Task<IReadOnlyList<ImportRows.Row>> PreviewAsync(Guid id, IReadOnlyList<string?>? mapping)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PreviewImport>().PreviewAsync(id, mapping);
    }

    private async Task AssertNothingStartedAsync(Guid id)
    {
        Assert.Equal(ImportStatus.Mapping, await app.WithDbAsync(db => db.ContactImports.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task A_preview_without_a_mapping_shows_each_row_saying_no_column_is_the_phone()
    {
        var id = await UploadAsync();

        Assert.Equal("No column is imported as Phone.", (await PreviewAsync(id, null)).Single().Error);
        Assert.Equal("No column is imported as Phone.", (await PreviewAsync(id, [null, null])).Single().Error);
        Assert.Equal("No column is imported as Phone.", (await PreviewAsync(id, ["full_name", "password_hash", "phone"])).Single().Error);
    }

    [Fact]
    public async Task Starting_without_choices_or_a_mapping_is_refused_in_words()
    {
        var id = await UploadAsync();

        Assert.Equal(new StartImport.Result(StartImport.Outcome.Refused, "Choose which column holds the phone number."), await StartAsync(id, null));
        Assert.Equal(new StartImport.Result(StartImport.Outcome.Refused, "Choose which column holds the phone number."), await StartAsync(id, new ImportChoices { Mapping = null! }));
        Assert.Equal(new StartImport.Result(StartImport.Outcome.Refused, "Choose which column holds the phone number."), await StartAsync(id, new ImportChoices { Mapping = [null!, null!] }));
        await AssertNothingStartedAsync(id);
    }

    [Fact]
    public async Task Starting_with_choices_for_columns_the_file_does_not_have_is_refused_in_words()
    {
        var id = await UploadAsync();

        var result = await StartAsync(id, new ImportChoices { Mapping = ["full_name", "notes", "phone"] });

        Assert.Equal(new StartImport.Result(StartImport.Outcome.Refused,
            "The choices are for 3 columns but the file has 2. Open the import again and choose for each column."), result);
        await AssertNothingStartedAsync(id);
    }

    [Fact]
    public async Task Starting_with_a_field_contacts_do_not_have_is_refused_naming_the_column()
    {
        var id = await UploadAsync();

        var result = await StartAsync(id, new ImportChoices { Mapping = ["password_hash", "phone"] });

        Assert.Equal(new StartImport.Result(StartImport.Outcome.Refused,
            "Column 1 is set to 'password_hash', which is not something a column can be imported as."), result);
        await AssertNothingStartedAsync(id);
    }

    [Fact]
    public async Task Starting_with_two_columns_as_the_phone_or_none_is_refused_in_words()
    {
        var id = await UploadAsync();

        Assert.Equal("Two columns are imported as Phone: choose one.", (await StartAsync(id, new ImportChoices { Mapping = ["phone", "phone"] })).Problem);
        Assert.Equal("Choose which column holds the phone number.", (await StartAsync(id, new ImportChoices { Mapping = ["full_name", ""] })).Problem);
        await AssertNothingStartedAsync(id);
    }
}
