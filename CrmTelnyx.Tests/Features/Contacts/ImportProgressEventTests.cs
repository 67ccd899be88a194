using System.Text.Json;
using CrmTelnyx.Features.Contacts.Import;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class ImportProgressEventTests
{
    [Fact]
    public void The_progress_event_keeps_the_names_the_old_hub_clients_read()
    {
        var import = new ContactImport { Id = Guid.NewGuid(), Status = ImportStatus.Running, TotalRows = 200, ProcessedRows = 50 };

        // SignalR's JSON protocol writes web (camelCase) names.
        var json = JsonSerializer.SerializeToElement(ImportProgressEvent.Of(import), JsonSerializerOptions.Web);

        Assert.Equal(["importId", "status", "percent", "processedRows", "totalRows"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal((import.Id.ToString(), "Running", 25), (json.GetProperty("importId").GetString(), json.GetProperty("status").GetString(), json.GetProperty("percent").GetInt32()));
        Assert.False(ImportProgressEvent.Of(import).IsFinished);
        import.Status = ImportStatus.Failed;
        Assert.True(ImportProgressEvent.Of(import).IsFinished);
    }
}
