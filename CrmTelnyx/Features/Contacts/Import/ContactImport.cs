namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>One uploaded CSV, from column mapping through progress to its report.</summary>
public sealed class ContactImport
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>The uploaded file, kept in the data folder until the import is done.</summary>
    public string StoredPath { get; set; } = "";
    public char Delimiter { get; set; } = ',';
    public List<string> Headers { get; set; } = [];
    /// <summary>Target field per column, in column order ("" = ignore).</summary>
    public List<string> Mapping { get; set; } = [];
    public DuplicateMode Duplicates { get; set; }
    /// <summary>Everyone in the file agreed to receive texts (recorded as consent "imported with consent").</summary>
    public bool ConsentGiven { get; set; }
    public ImportStatus Status { get; set; }
    public int TotalRows { get; set; }
    public int ProcessedRows { get; set; }
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Skipped { get; set; }
    public int Rejected { get; set; }
    public string? Error { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    public int PercentDone => TotalRows == 0 ? (Status == ImportStatus.Completed ? 100 : 0) : Math.Min(100, ProcessedRows * 100 / TotalRows);
}

public enum DuplicateMode
{
    Skip,
    Update,
}

public enum ImportStatus
{
    Mapping,
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>A row that was not imported, with its line in the file and why.</summary>
public sealed class ImportRejection
{
    public long Id { get; set; }
    public Guid ImportId { get; set; }
    public int LineNumber { get; set; }
    public string Reason { get; set; } = "";
    public string RawRow { get; set; } = "";
}
