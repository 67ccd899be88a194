using CrmTelnyx.Data;

namespace CrmTelnyx.Features.Numbers;

/// <summary>Adds audit entries to the caller's unit of work, so an entry is saved with the change it describes or not at all.</summary>
public sealed class NumberAuditTrail(CrmDbContext db, TimeProvider time)
{
    public const string SyncActor = "Sync";
    public const string HealthCheckActor = "Health check";
    public const string TelnyxActor = "Telnyx";

    /// <summary>Adds the entry; the caller's SaveChanges stores it.</summary>
    public void Add(CompanyNumber number, NumberAuditAction action, string details, string actor) =>
        db.NumberAuditEntries.Add(new NumberAuditEntry
        {
            // Through the navigation, so a number added in the same unit of work gets its id on save.
            Number = number,
            Action = action,
            Details = details,
            Actor = actor,
            At = time.GetUtcNow().UtcDateTime,
        });
}
