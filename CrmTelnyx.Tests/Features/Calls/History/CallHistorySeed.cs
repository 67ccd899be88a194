using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Calls.History;

/// <summary>
/// Six calls around one evening in Chicago (UTC−6 in February), two agents, a manager, three contacts and two company
/// numbers (one released). Day boundaries differ between Chicago and UTC, so a filter on the wrong calendar picks other calls.
/// </summary>
public sealed class CallHistorySeed
{
    public const string Zone = "America/Chicago";
    public const string NumberA = "+13125550100", ReleasedNumber = "+13125550200";
    public const string AdaPhone = "+12125550101", GracePhone = "+12125550102", MalloryPhone = "+12125550103", Stranger = "+14155550199";
    public const string FormulaName = "=SUM(A1:A9)", FormulaNotes = "@SUM(1+1)";

    public required string Ann { get; init; }
    public required string Bob { get; init; }
    public required string Meg { get; init; }
    public required long AdaId { get; init; }
    public required IReadOnlyDictionary<int, long> CallIds { get; init; }

    /// <summary>A wall-clock time in Chicago (CST, UTC−6) as UTC.</summary>
    public static DateTime Chicago(int day, int hour, int minute = 0) => new DateTime(2026, 2, day, hour, minute, 0, DateTimeKind.Utc).AddHours(6);

    public static async Task<CallHistorySeed> AddAsync(CrmAppFactory app)
    {
        var ann = (await app.CreateUserAsync("ann@crm.test", "Ann-Passw0rd", "Agent")).Id;
        var bob = (await app.CreateUserAsync("bob@crm.test", "Bob-Passw0rd", "Agent")).Id;
        var meg = (await app.CreateUserAsync("meg@crm.test", "Meg-Passw0rd", "Manager")).Id;
        await app.CreateUserAsync("sam@crm.test", "Sam-Passw0rd", "Staff");
        await app.AddNumberAsync(NumberA, n => n.FriendlyName = "Main line");
        await app.AddNumberAsync(ReleasedNumber, n => n.Status = NumberStatus.Released);

        return await app.WithDbAsync(async db =>
        {
            await db.TextingSettings.ExecuteUpdateAsync(s => s.SetProperty(t => t.CompanyTimeZone, Zone));
            var ada = Contact("Ada", "Lovelace", AdaPhone);
            var grace = Contact("Grace", "Hopper", GracePhone);
            var mallory = Contact(FormulaName, "Mallory", MalloryPhone);
            db.Contacts.AddRange(ada, grace, mallory);
            await db.SaveChangesAsync();

            var calls = new Dictionary<int, Call>
            {
                // Feb 10, 10:00 in Chicago.
                [1] = new()
                {
                    Direction = CallDirection.Outbound, From = NumberA, To = AdaPhone, ContactId = ada.Id, AgentUserId = ann, StartedAt = Chicago(10, 10),
                    AnsweredAt = Chicago(10, 10).AddSeconds(8), EndedAt = Chicago(10, 10).AddSeconds(133), Status = CallStatus.Ended, Outcome = CallOutcome.Completed,
                    HangupCause = "normal_clearing", DurationSeconds = 125, BilledSeconds = 180, Cost = 0.0105m, Disposition = "Interested",
                    Recordings = [new CallRecording { TelnyxRecordingId = "rec-1", Status = RecordingStatus.Stored, FileName = "rec-1.mp3" }],
                },
                // Feb 10, 23:30 in Chicago: already Feb 11 in UTC.
                [2] = new()
                {
                    Direction = CallDirection.Outbound, From = NumberA, To = GracePhone, ContactId = grace.Id, AgentUserId = ann, StartedAt = Chicago(10, 23, 30),
                    Status = CallStatus.Ended, Outcome = CallOutcome.NoAnswer, HangupCause = "timeout", BilledSeconds = 0, Cost = 0.002m,
                    Recordings = [new CallRecording { TelnyxRecordingId = "rec-2", Status = RecordingStatus.Pending }],
                },
                // Feb 11, 00:30 in Chicago: a caller the CRM does not know.
                [3] = new()
                {
                    Direction = CallDirection.Inbound, From = Stranger, To = NumberA, AgentUserId = bob, StartedAt = Chicago(11, 0, 30),
                    AnsweredAt = Chicago(11, 0, 30).AddSeconds(3), Status = CallStatus.Ended, Outcome = CallOutcome.Completed, HangupCause = "normal_clearing",
                    DurationSeconds = 60, BilledSeconds = 60, Cost = 0.0035m,
                },
                // Feb 9, 22:00 in Chicago: already Feb 10 in UTC. From the number since released.
                [4] = new()
                {
                    Direction = CallDirection.Outbound, From = ReleasedNumber, To = AdaPhone, ContactId = ada.Id, AgentUserId = bob, StartedAt = Chicago(9, 22),
                    Status = CallStatus.Ended, Outcome = CallOutcome.Busy, HangupCause = "user_busy", BilledSeconds = 6, Cost = 0.001m, Notes = "=HYPERLINK(\"http://x\")",
                },
                // Feb 10, 12:00 in Chicago: a voicemail for the manager.
                [5] = new()
                {
                    Direction = CallDirection.Inbound, From = MalloryPhone, To = NumberA, ContactId = mallory.Id, AgentUserId = meg, StartedAt = Chicago(10, 12),
                    Status = CallStatus.Ended, Outcome = CallOutcome.Voicemail, HangupCause = "normal_clearing", BilledSeconds = 30, Cost = 0.0021m, Notes = FormulaNotes,
                },
                // Feb 11, 09:00 in Chicago: still ringing.
                [6] = new()
                {
                    Direction = CallDirection.Outbound, From = NumberA, To = AdaPhone, ContactId = ada.Id, AgentUserId = ann, StartedAt = Chicago(11, 9),
                    Status = CallStatus.Ringing,
                },
            };
            db.Calls.AddRange(calls.Values);
            await db.SaveChangesAsync();
            return new CallHistorySeed { Ann = ann, Bob = bob, Meg = meg, AdaId = ada.Id, CallIds = calls.ToDictionary(c => c.Key, c => c.Value.Id) };
        });
    }

    private static Contact Contact(string first, string last, string phone)
    {
        var contact = new Contact { FirstName = first, LastName = last, Phone = phone, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        contact.RefreshSearchKeys();
        return contact;
    }
}
