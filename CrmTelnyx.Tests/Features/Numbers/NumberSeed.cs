using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Company numbers and their texts written straight to the app's database, as sync and the Text Center would leave them.</summary>
public static class NumberSeed
{
    private static int nextPerson;

    public static Task<CompanyNumber> NumberAsync(this CrmAppFactory app, string phone, Action<CompanyNumber>? change = null) => app.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var number = new CompanyNumber
        {
            PhoneNumber = phone, TelnyxId = "t" + phone.TrimStart('+'), State = "IL", Kind = NumberKind.Local, Status = NumberStatus.Active,
            TelnyxStatus = "active", CanSms = true, CanMms = true, CanVoice = true, CreatedAt = now, UpdatedAt = now, LastSyncedAt = now,
        };
        change?.Invoke(number);
        db.CompanyNumbers.Add(number);
        await db.SaveChangesAsync();
        return number;
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
