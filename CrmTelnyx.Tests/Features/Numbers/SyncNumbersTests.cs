using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Syncing the number rows with the account, the sandbox playing Telnyx (on real Kestrel: the client reaches it over HTTP).</summary>
public sealed class SyncNumbersTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private async Task<SyncNumbers.Result> SyncAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SyncNumbers>().RunAsync();
    }

    private async Task<T> TelnyxAsync<T>(Func<TelnyxClient, Task<T>> call)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TelnyxClient>());
    }

    private Task<List<CompanyNumber>> NumbersAsync() =>
        app.WithDbAsync(db => db.CompanyNumbers.AsNoTracking().OrderBy(n => n.PhoneNumber).ToListAsync());

    private Task<List<NumberAuditEntry>> AuditAsync(long numberId) =>
        app.WithDbAsync(db => db.NumberAuditEntries.AsNoTracking().Where(e => e.CompanyNumberId == numberId).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task A_fresh_app_brings_in_the_accounts_numbers_with_their_Telnyx_ids_and_area_code_states()
    {
        app.StartKestrel();

        var result = await SyncAsync();

        Assert.Equal("3 added, 0 updated, 0 released", result.ToString());
        var numbers = await NumbersAsync();
        Assert.Equal(SandboxAccount.SeedNumbers.Order(), numbers.Select(n => n.PhoneNumber));
        Assert.All(numbers, n =>
        {
            Assert.Matches("^[0-9]+$", n.TelnyxId);
            Assert.Equal("IL", n.State); // 312 and 773 are Chicago's.
            Assert.Equal(NumberStatus.Active, n.Status);
            Assert.Equal(NumberKind.Local, n.Kind);
            Assert.True(n.CanSms && n.CanMms && n.CanVoice);
            Assert.Equal(1.00m, n.MonthlyCost);
        });
        Assert.Equal(NumberAuditAction.Imported, Assert.Single(await AuditAsync(numbers[0].Id)).Action);

        // In step now: a second sync changes nothing and says so.
        Assert.Equal("0 added, 0 updated, 0 released", (await SyncAsync()).ToString());
        Assert.Equal(3, (await NumbersAsync()).Count);
    }

    [Fact]
    public async Task A_number_released_outside_the_app_is_marked_released_with_an_audit_entry_and_kept()
    {
        app.StartKestrel();
        await SyncAsync();
        var gone = (await NumbersAsync()).First();

        await TelnyxAsync(t => t.DeletePhoneNumberAsync(gone.TelnyxId!));
        var result = await SyncAsync();

        Assert.Equal("0 added, 0 updated, 1 released", result.ToString());
        var row = (await NumbersAsync()).Single(n => n.Id == gone.Id);
        Assert.Equal(NumberStatus.Released, row.Status);
        Assert.NotNull(row.ReleasedAt);
        var entry = (await AuditAsync(gone.Id)).Last();
        Assert.Equal(NumberAuditAction.ReleasedOutside, entry.Action);
        Assert.Equal(NumberAuditTrail.SyncActor, entry.Actor);
        Assert.Contains("released outside the app", entry.Details);
        Assert.Equal(2, (await NumbersAsync()).Count(n => n.Status == NumberStatus.Active));
    }

    [Fact]
    public async Task A_number_wrongly_marked_released_that_Telnyx_still_lists_comes_back_as_the_same_row()
    {
        app.StartKestrel();
        await SyncAsync();
        var number = (await NumbersAsync()).First();
        await app.WithDbAsync(db => db.CompanyNumbers.Where(n => n.Id == number.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.Status, NumberStatus.Released).SetProperty(n => n.ReleasedAt, DateTime.UtcNow)));

        var result = await SyncAsync();

        Assert.Equal("1 added, 0 updated, 0 released", result.ToString());
        var rows = (await NumbersAsync()).Where(n => n.TelnyxId == number.TelnyxId).ToList();
        Assert.Equal(NumberStatus.Active, Assert.Single(rows).Status);
        Assert.Null(rows[0].ReleasedAt);
        Assert.Contains("again", (await AuditAsync(number.Id)).Last().Details);
    }

    [Fact]
    public async Task A_persons_edit_saved_during_a_sync_is_kept_and_the_sync_still_completes()
    {
        var edit = new EditDuringSave(app);
        app.ServiceChanges.Add(services => services.ConfigureDbContext<CrmDbContext>(o => o.AddInterceptors(edit)));
        app.StartKestrel();
        await SyncAsync();
        var gone = (await NumbersAsync()).First();
        await TelnyxAsync(t => t.DeletePhoneNumberAsync(gone.TelnyxId!));

        // Just before the sync saves, a person renames the number it is about to mark released.
        edit.Arm(gone.Id);
        var result = await SyncAsync();

        Assert.Equal("0 added, 0 updated, 1 released", result.ToString());
        var row = (await NumbersAsync()).Single(n => n.Id == gone.Id);
        Assert.Equal((NumberStatus.Released, "Renamed meanwhile"), (row.Status, row.FriendlyName));
        Assert.Single(await AuditAsync(gone.Id), e => e.Action == NumberAuditAction.ReleasedOutside);
    }

    /// <summary>Saves a person's rename of one number (raising its version) the next time the sync saves.</summary>
    private sealed class EditDuringSave(CrmAppFactory app) : SaveChangesInterceptor
    {
        private long? numberId;

        public void Arm(long id) => numberId = id;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (numberId is { } id)
            {
                numberId = null;
                await app.WithDbAsync(db => db.CompanyNumbers.Where(n => n.Id == id)
                    .ExecuteUpdateAsync(u => u.SetProperty(n => n.FriendlyName, "Renamed meanwhile").SetProperty(n => n.Version, n => n.Version + 1)));
            }
            return result;
        }
    }

    [Fact]
    public async Task Every_page_of_a_large_account_is_read()
    {
        app.StartKestrel();
        // 260 more numbers: the account then spans two pages of Telnyx's largest page size (250).
        var order = await TelnyxAsync(t => t.CreateNumberOrderAsync(new CreateNumberOrderRequest(
            Enumerable.Range(0, 260).Select(i => new NumberOrderItem($"+1646555{1000 + i}")).ToList())));
        await Eventually.ReturnsAsync(() => TelnyxAsync(t => t.GetNumberOrderAsync(order.Id)), o => o.Status == "success");

        var result = await SyncAsync();

        Assert.Equal(263, result.Total);
        Assert.Equal(263, result.Added);
        var numbers = await NumbersAsync();
        Assert.Equal(263, numbers.Select(n => n.TelnyxId).Distinct().Count());
        Assert.Equal(260, numbers.Count(n => n.State == "NY")); // 646 is Manhattan's.
    }

    [Fact]
    public async Task The_scheduled_sync_brings_the_numbers_in_by_itself_after_start()
    {
        using var scheduled = new CrmAppFactory();
        scheduled.Settings["Numbers:SyncOnSchedule"] = "true";
        scheduled.StartKestrel();

        var numbers = await Eventually.ReturnsAsync(
            () => scheduled.WithDbAsync(db => db.CompanyNumbers.CountAsync(n => n.TelnyxId != null && n.State == "IL")), count => count == 3,
            TimeSpan.FromSeconds(30));

        Assert.Equal(3, numbers);
    }

    [Fact]
    public async Task A_Telnyx_that_cannot_be_reached_is_reported_in_words_and_nothing_changes()
    {
        app.Settings["Telnyx:ApiKey"] = "KEY-test";
        app.Settings["Telnyx:PublicKey"] = new TelnyxWebhookSigner().PublicKeyBase64;
        app.Settings["Telnyx:BaseUrl"] = "http://127.0.0.1:1/v2";
        app.Settings["Telnyx:Resilience:RetryBaseDelay"] = "00:00:00.010";
        await app.AddNumberAsync("+13125550501");

        var error = await Assert.ThrowsAnyAsync<TelnyxException>(SyncAsync);

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(NumberStatus.Active, Assert.Single(await NumbersAsync()).Status);
    }
}
