using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Billing.Export;

/// <summary>
/// A November of costs in Chicago (UTC−6): texts with a correction that lowers one (a negative line), a call leg with one
/// that raises it, a monthly fee, a cost on no number, and entries just inside and just outside the month in the
/// company's zone. Names typed by people start like formulas (and with a minus) to prove they reach Excel as text.
/// </summary>
public sealed class BillingExportSeed
{
    public const string Zone = "America/Chicago";
    public const string NumberA = "+13125550141", NumberB = "+12125550142";
    public const string FormulaAgent = "=HYPERLINK(\"http://x.test\",\"pay\")", MinusContact = "-2+3", AtContact = "@SUM(1+1)", PlusBlast = "+Spring sale";
    public static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById(Zone);
    public static readonly DateOnly November1 = new(2026, 11, 1), November30 = new(2026, 11, 30);

    public required string Agent { get; init; }
    public required long BlastId { get; init; }
    public required long AdaId { get; init; }

    public static async Task<BillingExportSeed> AddAsync(CrmAppFactory app)
    {
        await app.CreateUserAsync("meg@crm.test", "Meg-Passw0rd", "Manager");
        await app.CreateUserAsync("sam@crm.test", "Sam-Passw0rd", "Staff");
        var agent = await app.CreateUserAsync("ann@crm.test", "Ann-Passw0rd", "Agent");
        await app.WithUsersAsync(async users =>
        {
            var user = await users.FindByIdAsync(agent.Id);
            user!.DisplayName = FormulaAgent;
            return await users.UpdateAsync(user);
        });

        return await app.WithDbAsync(async db =>
        {
            await db.TextingSettings.ExecuteUpdateAsync(s => s.SetProperty(t => t.CompanyTimeZone, Zone));
            var ada = new Contact { FirstName = "Ada", LastName = "Lovelace", Phone = "+16305550101" };
            var minus = new Contact { FirstName = MinusContact, LastName = "", Phone = "+16305550102" };
            var at = new Contact { FirstName = AtContact, LastName = "Mallory", Phone = "+16305550103" };
            var blast = new Blast { Name = PlusBlast, Text = "Sale today", AudienceJson = "{}", SendersJson = $"[\"{NumberA}\"]" };
            db.AddRange(ada, minus, at, blast);
            // The texts' message rows, without costs (so the ledger is only what this seed enters): one delivered, one not.
            db.AddRange(
                new Message { Direction = MessageDirection.Outbound, From = NumberA, To = ada.Phone, TelnyxMessageId = "m1", Status = MessageStatuses.Delivered, CreatedAt = DateTimeOffset.UtcNow },
                new Message { Direction = MessageDirection.Outbound, From = NumberB, To = minus.Phone, TelnyxMessageId = "m2", Status = MessageStatuses.DeliveryFailed, CreatedAt = DateTimeOffset.UtcNow },
                new Message { Direction = MessageDirection.Outbound, From = NumberA, To = at.Phone, TelnyxMessageId = "m5", Status = MessageStatuses.Delivered, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();

            db.LedgerEntries.AddRange(
                Entry("text:m1", Utc(11, 10, 15), LedgerEntryType.Sms, NumberA, 0.008m, 2, contact: ada.Id, blast: blast.Id, record: "m1"),
                // Telnyx later charged one segment less: a line of its own, negative.
                Entry("text:m1", Utc(11, 12, 15), LedgerEntryType.Sms, NumberA, -0.0025m, -1, contact: ada.Id, blast: blast.Id, record: "m1", correction: true),
                Entry("text:m2", Utc(11, 10, 16), LedgerEntryType.Mms, NumberB, 0.015m, 1, contact: minus.Id, record: "m2"),
                Entry("text:m5", Utc(11, 20, 18), LedgerEntryType.Sms, NumberA, 0.004m, 1, contact: at.Id, record: "m5"),
                Entry("call-leg:c1", Utc(11, 11, 15), LedgerEntryType.Call, NumberA, 0.02m, 120, contact: at.Id, agent: agent.Id, record: "c1"),
                Entry("call-leg:c1", Utc(11, 11, 15, 30), LedgerEntryType.Call, NumberA, 0.01m, 60, contact: at.Id, agent: agent.Id, record: "c1", correction: true),
                Entry("number-monthly:n1:2026-11", Utc(11, 1, 12), LedgerEntryType.NumberMonthly, NumberA, 1m, 1, direction: null),
                // 03:00 UTC on Dec 1 is 21:00 on Nov 30 in Chicago: November's, on NumberB, inbound.
                Entry("text:m3", Utc(12, 1, 3), LedgerEntryType.Sms, NumberB, 0.004m, 1, direction: LedgerDirection.Inbound, record: "m3"),
                // A cost charged on no number (as a recording's storage might be).
                Entry("text:m4", Utc(11, 15, 12), LedgerEntryType.Sms, null, 0.001m, 1, record: "m4"),
                // 04:30 UTC on Nov 1 is Oct 31 in Chicago; 06:30 UTC on Dec 1 is Dec 1 there: neither is November's.
                Entry("text:october", Utc(11, 1, 4, 30), LedgerEntryType.Sms, NumberA, 0.004m, 1),
                Entry("text:december", Utc(12, 1, 6, 30), LedgerEntryType.Sms, NumberA, 0.004m, 1));
            await db.SaveChangesAsync();
            return new BillingExportSeed { Agent = agent.Id, BlastId = blast.Id, AdaId = ada.Id };
        });
    }

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static LedgerEntry Entry(string source, DateTime utc, LedgerEntryType type, string? number, decimal amount, int quantity, long? contact = null,
        long? blast = null, string? agent = null, string? record = null, bool correction = false, LedgerDirection? direction = LedgerDirection.Outbound) => new()
    {
        Source = source, OccurredAt = utc, Type = type, CompanyNumber = number, Amount = amount, Quantity = quantity, IsCorrection = correction,
        Direction = type is LedgerEntryType.NumberMonthly or LedgerEntryType.NumberUpfront ? null : direction, ContactId = contact, BlastId = blast,
        AgentUserId = agent, TelnyxRecordId = record, State = "IL", RecordedAt = DateTime.UtcNow,
    };
}
