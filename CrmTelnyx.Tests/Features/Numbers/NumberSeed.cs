using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Number, message and call rows written straight into the app's database, with valid defaults.</summary>
public static class NumberSeed
{
    private static int nextPerson;

    public const string SeededCampaignId = "seeded-campaign";

    public static Task<CompanyNumber> AddNumberAsync(this CrmAppFactory app, string phone, Action<CompanyNumber>? change = null) => app.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var number = new CompanyNumber
        {
            PhoneNumber = phone, TelnyxId = "t" + phone.TrimStart('+'), State = "IL", Kind = NumberKind.Local, CanSms = true, CanMms = true, CanVoice = true,
            Status = NumberStatus.Active, TelnyxStatus = "active", MonthlyCost = 1.00m, CostCurrency = "USD", CreatedAt = now, UpdatedAt = now, LastSyncedAt = now,
            // Registered (verified, were it toll-free), as the sandbox's starter numbers are: carriers take its texts.
            TenDlcCampaignId = SeededCampaignId, TenDlcAssignmentStatus = "ASSIGNED", TenDlcCampaignActive = true, TollFreeVerificationStatus = "Verified",
        };
        change?.Invoke(number);
        if (number.Status == NumberStatus.Released) number.ReleasedAt ??= now;
        db.CompanyNumbers.Add(number);
        await db.SaveChangesAsync();
        return number;
    });

    public static Message Outbound(string from, DateTimeOffset at, string status = MessageStatuses.Delivered, string to = "+13125559000") =>
        new() { Direction = MessageDirection.Outbound, From = from, To = to, Text = "Hello", Status = status, CreatedAt = at };

    public static Message Inbound(string to, DateTimeOffset at, string text = "Hi", string from = "+13125559000") =>
        new() { Direction = MessageDirection.Inbound, From = from, To = to, Text = text, Status = MessageStatuses.Received, CreatedAt = at };

    private static int callIds;

    public static Call OutboundCall(string from, DateTimeOffset at, string to = "+13125559000") =>
        new() { CallControlId = $"v3:seed-{Interlocked.Increment(ref callIds)}", Direction = CallDirection.Outbound, From = from, To = to, StartedAt = at.UtcDateTime };

    public static Call InboundCall(string to, DateTimeOffset at, string from = "+13125559000") =>
        new() { CallControlId = $"v3:seed-{Interlocked.Increment(ref callIds)}", Direction = CallDirection.Inbound, From = from, To = to, StartedAt = at.UtcDateTime };

    public static Task AddAsync(this CrmAppFactory app, params object[] rows) => app.WithDbAsync(async db =>
    {
        db.AddRange(rows);
        return await db.SaveChangesAsync();
    });

    /// <summary>Outbound texts from <paramref name="from"/>, each to a new person, all created at <paramref name="at"/>; returns the people texted.</summary>
    public static Task<List<string>> TextsAsync(this CrmAppFactory app, string from, DateTimeOffset at, int delivered = 0, int failed = 0, int pending = 0) =>
        app.WithDbAsync(async db =>
        {
            var statuses = Enumerable.Repeat(MessageStatuses.Delivered, delivered)
                .Concat(Enumerable.Repeat(MessageStatuses.DeliveryFailed, failed))
                .Concat(Enumerable.Repeat(MessageStatuses.Sent, pending));
            var people = new List<string>();
            foreach (var status in statuses)
            {
                var to = $"+1773{Interlocked.Increment(ref nextPerson) % 10_000_000:0000000}";
                people.Add(to);
                db.Add(new Message { Direction = MessageDirection.Outbound, From = from, To = to, Text = "Hello", Status = status, CreatedAt = at });
            }
            await db.SaveChangesAsync();
            return people;
        });

    /// <summary>Each person texts <paramref name="text"/> to the company number <paramref name="to"/> at <paramref name="at"/>.</summary>
    public static Task RepliesAsync(this CrmAppFactory app, string to, IEnumerable<string> people, DateTimeOffset at, string text = "STOP") =>
        app.WithDbAsync(db =>
        {
            foreach (var person in people)
                db.Add(new Message { Direction = MessageDirection.Inbound, From = person, To = to, Text = text, Status = MessageStatuses.Received, CreatedAt = at });
            return db.SaveChangesAsync();
        });
}
