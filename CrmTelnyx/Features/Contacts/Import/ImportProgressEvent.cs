namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>
/// Published on <see cref="Live.LiveTopics.Contacts"/> after each batch and once at the end of an import.
/// Its JSON names (importId, status, percent, processedRows, totalRows) are what the old hub's clients read.
/// </summary>
public sealed record ImportProgressEvent(Guid ImportId, string Status, int Percent, int ProcessedRows, int TotalRows)
{
    public const string EventName = "import-progress";

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFinished => Status is nameof(ImportStatus.Completed) or nameof(ImportStatus.Failed);

    public static ImportProgressEvent Of(ContactImport import) =>
        new(import.Id, import.Status.ToString(), import.PercentDone, import.ProcessedRows, import.TotalRows);
}
