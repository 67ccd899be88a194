using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Live;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>
/// The app in Sandbox mode on real Kestrel (the sandbox is reached over the app's own address), with quick number
/// orders and a recording live notifier. Each test buys numbers of its own, so tests never share one.
/// </summary>
public sealed class NumbersApp : CrmAppFactory, IAsyncLifetime
{
    public RecordingLiveNotifier Live { get; } = new();

    public NumbersApp() => Settings["Sandbox:NumberOrderDelayMs"] = "20";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILiveNotifier>(Live));
    }

    // Started before any test touches Services, which would start the in-memory server instead.
    public Task InitializeAsync()
    {
        StartKestrel();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>Numbers bought, synced, edited and released as the pages do it: each use case in a scope of its own.</summary>
public static class NumberUseCases
{
    /// <summary>Buys an available number of the area code at the sandbox, waits for the order, syncs, and returns its row's id.</summary>
    public static async Task<long> BuyNumberAsync(this CrmAppFactory app, string areaCode = "312")
    {
        var sandbox = app.Services.GetRequiredService<SandboxAccount>();
        await sandbox.EnsureReadyAsync();
        var phone = await app.RunAsync<TelnyxClient, string>(async telnyx =>
        {
            var found = await telnyx.SearchAvailableNumbersAsync(new AvailableNumberSearch { AreaCode = areaCode, Limit = 1 });
            var number = found.Single().PhoneNumber;
            await telnyx.CreateNumberOrderAsync(new CreateNumberOrderRequest([new NumberOrderItem(number)])
            {
                MessagingProfileId = sandbox.MessagingProfileId, ConnectionId = sandbox.CallControlApplicationId,
            });
            return number;
        });
        await Eventually.ReturnsAsync(() => app.TelnyxListsAsync(phone), listed => listed);
        await app.SyncNumbersAsync();
        return await app.WithDbAsync(db => db.CompanyNumbers.Where(n => n.PhoneNumber == phone && n.ReleasedAt == null).Select(n => n.Id).SingleAsync());
    }

    public static Task<bool> TelnyxListsAsync(this CrmAppFactory app, string phone) =>
        app.RunAsync<TelnyxClient, bool>(async telnyx => (await telnyx.ListAllPhoneNumbersAsync()).Any(n => n.PhoneNumber == phone));

    public static Task<SyncNumbers.Result> SyncNumbersAsync(this CrmAppFactory app) =>
        app.RunAsync<SyncNumbers, SyncNumbers.Result>(sync => sync.RunAsync());

    public static Task<CompanyNumber> NumberAsync(this CrmAppFactory app, long id) =>
        app.WithDbAsync(db => db.CompanyNumbers.AsNoTracking().SingleAsync(n => n.Id == id));

    /// <summary>The number's audit trail, oldest first.</summary>
    public static Task<List<NumberAuditEntry>> AuditAsync(this CrmAppFactory app, long id) =>
        app.WithDbAsync(db => db.NumberAuditEntries.AsNoTracking().Where(e => e.CompanyNumberId == id).OrderBy(e => e.Id).ToListAsync());

    /// <summary>The form as the number's page loads it, version included.</summary>
    public static async Task<NumberForm> LoadNumberFormAsync(this CrmAppFactory app, long id) => NumberForm.From(await app.NumberAsync(id));

    public static Task<EditNumber.Result> EditNumberAsync(this CrmAppFactory app, long id, NumberForm form, NumberForm? loaded = null,
        string actor = CrmAppFactory.AdminEmail) =>
        app.RunAsync<EditNumber, EditNumber.Result>(u => u.EditAsync(id, form, actor, loaded));

    public static Task<ReleaseNumber.Result> ReleaseNumberAsync(this CrmAppFactory app, long id, string typed, string actor = CrmAppFactory.AdminEmail) =>
        app.RunAsync<ReleaseNumber, ReleaseNumber.Result>(u => u.ReleaseAsync(id, typed, actor));

    /// <summary>A number whose order Telnyx has not completed: no Telnyx id yet.</summary>
    public static Task<long> AddPendingNumberAsync(this CrmAppFactory app, string phone) => app.WithDbAsync(async db =>
    {
        var number = new CompanyNumber { PhoneNumber = phone, Status = NumberStatus.Pending, TelnyxStatus = "purchase-pending", CanSms = true, CanMms = true, CanVoice = true };
        db.CompanyNumbers.Add(number);
        await db.SaveChangesAsync();
        return number.Id;
    });

    public static async Task<TResult> RunAsync<TUseCase, TResult>(this CrmAppFactory app, Func<TUseCase, Task<TResult>> run) where TUseCase : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
