using System.Text;
using CrmTelnyx.Features.Billing.Export;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Infrastructure;
using CsvHelper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace CrmTelnyx.Tests.Features.Billing.Export;

/// <summary>
/// The ledger CSV read straight from SQLite (<see cref="LedgerLineReader"/>, UTF-8 cells) writes the very bytes EF's
/// materialised lines and string cells wrote (<see cref="LedgerCsvReference"/>), for data made to trip a CSV writer up.
/// </summary>
public sealed class LedgerLineReaderTests : IAsyncLifetime
{
    private const string Zone = "America/New_York";
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById(Zone);
    private const string NumberA = "+13125550141", NumberB = "+12125550142";

    private readonly CrmAppFactory app = new();
    private long blastId;
    private string agentId = "";

    public async Task InitializeAsync()
    {
        var agent = await app.CreateUserAsync("ann@crm.test", "Ann-Passw0rd", "Agent");
        var quiet = await app.CreateUserAsync("bob@crm.test", "Bob-Passw0rd", "Agent");
        await app.WithUsersAsync(async users =>
        {
            var user = await users.FindByIdAsync(agent.Id);
            user!.DisplayName = "@Ann \"the closer\", Ørsted\nline two";
            await users.UpdateAsync(user);
            // No display name: the export shows the email instead.
            var other = await users.FindByIdAsync(quiet.Id);
            other!.DisplayName = " ";
            return await users.UpdateAsync(other);
        });
        agentId = agent.Id;

        blastId = await app.WithDbAsync(async db =>
        {
            await db.TextingSettings.ExecuteUpdateAsync(s => s.SetProperty(t => t.CompanyTimeZone, Zone));
            var contacts = new[]
            {
                ("Ada", "Lovelace"), ("Smith, John", "Jr."), ("Say \"hi\"", "O'Brien"), ("Multi\nline", "Name\r\nHere"), ("=1+1", ""), ("+44", "Caller"),
                ("-2+3", "Minus"), ("@SUM(A1)", "At"), ("\tTabbed", "Name"), ("Zoë", "München 東京 🎉"), ("", "OnlyLast"), ("  Padded  ", "  "),
            }.Select((n, i) => new Contact { FirstName = n.Item1, LastName = n.Item2, Phone = $"+1630555{i:D4}" }).ToList();
            var gone = new Contact { FirstName = "Deleted", LastName = "Person", Phone = "+16305559999", DeletedAt = DateTime.UtcNow };
            var blast = new Blast { Name = "=Spring, \"sale\" ñ", Text = "Sale", AudienceJson = "{}", SendersJson = "[]" };
            var plain = new Blast { Name = "Plain blast", Text = "Hi", AudienceJson = "{}", SendersJson = "[]" };
            db.AddRange(contacts);
            db.AddRange(gone, blast, plain);
            await db.SaveChangesAsync();

            var types = Enum.GetValues<LedgerEntryType>();
            var states = new string?[] { "IL", "NY", null, "CA" };
            var numbers = new string?[] { NumberA, NumberB, null, "-15555550100" };
            // Around New York's fall-back (06:00 UTC on Nov 1, 2026) and spring-forward (07:00 UTC on Mar 8), with fractions of seconds.
            var instants = new[]
            {
                new DateTime(2026, 3, 8, 6, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999), new DateTime(2026, 3, 8, 7, 0, 0, DateTimeKind.Utc),
                new DateTime(2026, 10, 31, 23, 59, 59, DateTimeKind.Utc), new DateTime(2026, 11, 1, 4, 0, 0, DateTimeKind.Utc).AddTicks(1),
                new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc).AddMilliseconds(123), new DateTime(2026, 11, 1, 5, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
                new DateTime(2026, 11, 1, 6, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 1, 6, 0, 0, DateTimeKind.Utc).AddTicks(5_000_000),
                new DateTime(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc), new DateTime(2026, 11, 1, 7, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 31, 23, 0, 0, DateTimeKind.Utc),
                new DateTime(2026, 1, 1, 4, 59, 59, DateTimeKind.Utc), new DateTime(2026, 1, 1, 5, 0, 0, DateTimeKind.Utc).AddTicks(10),
            };
            var amounts = new long[] { 4_000, -2_500, 0, 1_000_000, -1_234_567, 123_456_789_012, 1, -1, 15_000, 117 };
            var entries = new List<LedgerEntry>();
            for (var i = 0; i < 120; i++)
            {
                var type = types[i % types.Length];
                var fee = type is LedgerEntryType.NumberMonthly or LedgerEntryType.NumberUpfront;
                var correction = i % 7 == 3;
                entries.Add(new LedgerEntry
                {
                    Source = correction ? $"text:{i},\"x\"" : i % 11 == 0 ? $"=cmd|' /C calc'!A{i}" : $"source-{i}",
                    IsCorrection = correction,
                    OccurredAt = instants[i % instants.Length].AddDays(i % 3 == 0 ? 0 : i % 5 * 7),
                    Type = type,
                    Direction = fee ? null : i % 2 == 0 ? LedgerDirection.Outbound : LedgerDirection.Inbound,
                    CompanyNumber = numbers[i % numbers.Length],
                    State = states[i % states.Length],
                    ContactId = i % 9 == 8 ? null : i % 13 == 0 ? gone.Id : contacts[i % contacts.Count].Id,
                    BlastId = i % 4 == 0 ? blast.Id : i % 4 == 1 ? plain.Id : i % 4 == 2 ? 999_999 : null,
                    AgentUserId = i % 3 == 0 ? agent.Id : i % 3 == 1 ? quiet.Id : i % 6 == 2 ? "no-such-user" : null,
                    Quantity = correction ? -1 - i : i,
                    AmountMicros = correction ? -Math.Abs(amounts[i % amounts.Length]) : amounts[i % amounts.Length],
                    TelnyxRecordId = i % 5 == 0 ? null : i % 5 == 1 ? "-40-record" : i % 5 == 2 ? "" : $"rec \"{i}\"",
                    RecordedAt = DateTime.UtcNow,
                });
            }
            db.LedgerEntries.AddRange(entries);
            await db.SaveChangesAsync();
            return blast.Id;
        });
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private static BillingFilter Year => new(BillingPeriod.Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), NewYork));

    private async Task<byte[]> ExportAsync(BillingFilter filter) => await app.WithDbAsync(async db =>
    {
        var names = await LedgerNames.ReadAsync(db, default);
        using var body = new MemoryStream();
        await using (var csv = ExcelSafeCsv.Create(body))
            await LedgerCsvExport.WriteAsync(csv, db, filter, names, default);
        return body.ToArray();
    });

    [Fact]
    public async Task The_fast_path_writes_the_same_bytes_as_EF_and_string_cells_under_every_filter()
    {
        var filters = new[]
        {
            Year,
            Year with { CompanyNumber = NumberA },
            Year with { CompanyNumber = "-15555550100" },
            Year with { Type = BillingType.Sms },
            Year with { Type = BillingType.Mms },
            Year with { Type = BillingType.Calls },
            Year with { Type = BillingType.Numbers },
            Year with { Direction = LedgerDirection.Inbound },
            Year with { Direction = LedgerDirection.Outbound },
            Year with { State = "NY" },
            Year with { BlastId = blastId },
            Year with { AgentUserId = agentId },
            Year with { Type = BillingType.Calls, Direction = LedgerDirection.Outbound, AgentUserId = agentId, State = "IL" },
            // The day New York falls back: 25 hours, two 01:30s.
            new BillingFilter(BillingPeriod.Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), NewYork)),
            new BillingFilter(BillingPeriod.Days(new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 8), NewYork)),
            new BillingFilter(BillingPeriod.Days(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), NewYork)),
        };
        foreach (var filter in filters)
        {
            var expected = await app.WithDbAsync(db => LedgerCsvReference.ExportAsync(db, filter));
            var actual = await ExportAsync(filter);
            Assert.True(expected.AsSpan().SequenceEqual(actual),
                $"{filter.ToQueryString()}:\n--- EF and strings\n{Encoding.UTF8.GetString(expected)}\n--- fast path\n{Encoding.UTF8.GetString(actual)}");
        }

        // Not vacuous: the year holds every line, the awkward cells among them.
        var year = Encoding.UTF8.GetString(await ExportAsync(Year));
        Assert.Equal(await app.WithDbAsync(db => Year.Apply(db.LedgerEntries).CountAsync()), ExportedCsv.Parse(Encoding.UTF8.GetBytes(year)).Rows.Count);
        Assert.True(year.Length > 10_000);
        Assert.StartsWith("\uFEFFentry_id,", year);
        foreach (var cell in new[] { ",\"'=Spring, \"\"sale\"\" ñ\",", ",\"Smith, John Jr.\",", "\"Multi\nline Name\r\nHere\"", ",\"'=1+1\",", ",\"'-2+3 Minus\",",
            ",Zoë München 東京 🎉,", ",bob@crm.test,", ",\"'-15555550100\",", "-1.234567,yes,", "2026-11-01T01:30:00-04:00,", "2026-11-01T01:30:00-05:00,", ",-0.0025,yes," })
            Assert.Contains(cell, year);
    }

    [Fact]
    public async Task A_download_the_client_drops_stops_and_finalizes_the_statement()
    {
        await app.WithDbAsync(async db =>
        {
            // Opened by the caller, so it stays open after the export and its statements can be counted.
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using var cancelled = new CancellationTokenSource();
            using var body = new CancelOnFirstWriteStream(cancelled);
            // A small buffer, so the writer flushes (and the client "leaves") while lines are still being stepped.
            await using var csv = CsvWriter.Create(body, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, BufferSize = 4096 }, leaveOpen: true);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LedgerCsvExport.WriteAsync(csv, db, Year, LedgerNames.None, cancelled.Token));

            Assert.InRange(body.Length, 1, 8192);
            Assert.True(raw.sqlite3_next_stmt(connection.Handle, null) is null or { IsInvalid: true }, "a statement is still prepared on the connection");
            Assert.Equal(System.Data.ConnectionState.Open, connection.State);
            Assert.Equal(120, await db.LedgerEntries.CountAsync());
            return 0;
        });
    }

    /// <summary>Takes the first bytes, then the client is gone: its token is cancelled, as Kestrel's RequestAborted would be.</summary>
    private sealed class CancelOnFirstWriteStream(CancellationTokenSource client) : MemoryStream
    {
        // A derived MemoryStream routes span and async writes here.
        public override void Write(byte[] buffer, int offset, int count)
        {
            client.Cancel();
            base.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.ToArray(), 0, buffer.Length);
            return ValueTask.CompletedTask;
        }
    }

    [Theory]
    [InlineData("2026-11-01 06:00:00")]
    [InlineData("2026-11-01 05:59:59.9999999")]
    [InlineData("2026-03-08 07:00:00.5")]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("9999-12-31 23:59:59.1234567")]
    [InlineData("2024-02-29 12:34:56.0001")]
    [InlineData("2026-11-01T06:00:00")]
    [InlineData("2026-11-01")]
    public void Stored_date_text_reads_as_Microsoft_Data_Sqlite_reads_it(string stored) =>
        Assert.Equal(DateTime.Parse(stored, System.Globalization.CultureInfo.InvariantCulture), SqliteDateText.Parse(Encoding.UTF8.GetBytes(stored)));

    [Fact]
    public async Task EF_stores_dates_in_the_form_the_fast_path_reads()
    {
        var stored = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT OccurredAt AS Value FROM LedgerEntries ORDER BY Id").ToListAsync());
        var read = await app.WithDbAsync(db => db.LedgerEntries.OrderBy(e => e.Id).Select(e => e.OccurredAt).ToListAsync());

        Assert.Contains(stored, s => s.Length == 19);
        Assert.Contains(stored, s => s.Length == 27);
        Assert.Equal(read, stored.Select(s => SqliteDateText.Parse(Encoding.UTF8.GetBytes(s))));
        Assert.Equal(stored, read.Select(at => at.ToString(SqliteDateText.Format, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
