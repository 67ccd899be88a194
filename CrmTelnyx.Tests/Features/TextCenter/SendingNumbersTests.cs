using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrmTelnyx.Tests.Features.TextCenter;

/// <summary>
/// The Text Center's "From" list comes from the number manager's table (kept in step with Telnyx by sync), so a released
/// number is never offered and views and sends do not ask Telnyx; only a table never synced is synced first.
/// </summary>
public sealed class SendingNumbersTests : IDisposable
{
    private readonly CrmAppFactory app = new();
    private readonly NumberListings listings = new();

    public SendingNumbersTests() =>
        app.ServiceChanges.Add(services => services.AddHttpClient<TelnyxClient>().AddHttpMessageHandler(() => new CountingHandler(listings)));

    public void Dispose() => app.Dispose();

    private sealed class NumberListings
    {
        public int Count;
    }

    private sealed class CountingHandler(NumberListings listings) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.EndsWith("/phone_numbers")) Interlocked.Increment(ref listings.Count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<string>> ListAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendingNumbers>().ListAsync();
    }

    /// <summary>
    /// Stops the scheduled sync (it starts a few seconds after the app) and syncs once: syncs take turns, so this waits
    /// out a scheduled one already running.
    /// </summary>
    private async Task WithoutScheduledSyncAsync()
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.PauseTrigger(new TriggerKey(nameof(NumberSyncJob)));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SyncNumbers>().RunAsync();
    }

    [Fact]
    public async Task Once_the_numbers_are_synced_views_and_sends_do_not_ask_Telnyx()
    {
        // Real Kestrel: the app reaches its built-in sandbox over HTTP at its own address.
        using var client = app.StartKestrelWithClient();
        await client.SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await WithoutScheduledSyncAsync();
        Assert.Equal(SandboxAccount.SeedNumbers.Order(), await ListAsync());
        var asked = listings.Count;

        var page = await (await client.GetAsync("/text-center")).ReadHtmlAsync();
        await client.GetAsync("/text-center");
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SendSingleText>().SendAsync(TextSenders.Staff, "+13125550141", "+13125550188", "Hi");

        Assert.Equal("+13125550141", page.QuerySelector("[data-from]")!.GetAttribute("data-from"));
        Assert.Equal(asked, listings.Count);
    }

    [Fact]
    public async Task Numbers_never_synced_are_brought_in_from_Telnyx_first()
    {
        app.StartKestrel();
        await WithoutScheduledSyncAsync();
        // As in the first seconds after a fresh start: nothing synced yet.
        await app.WithDbAsync(db => db.CompanyNumbers.ExecuteDeleteAsync());
        var asked = listings.Count;

        Assert.Equal(SandboxAccount.SeedNumbers.Order(), await ListAsync());
        Assert.Equal(asked + 1, listings.Count);
        Assert.Equal(3, await app.WithDbAsync(db => db.CompanyNumbers.CountAsync(n => n.LastSyncedAt != null)));
    }

    [Fact]
    public async Task A_released_number_is_never_offered_nor_one_that_cannot_text()
    {
        await app.AddNumberAsync("+13125550141");
        await app.AddNumberAsync("+13125550142", n => { n.Status = NumberStatus.Released; n.ReleasedAt = DateTime.UtcNow; });
        await app.AddNumberAsync("+13125550143", n => n.CanSms = false);
        await app.AddNumberAsync("+13125550144", n => n.Status = NumberStatus.Pending);
        await app.AddNumberAsync("+13125550145", n => n.BlastsEnabled = false);

        Assert.Equal(["+13125550141", "+13125550145"], await ListAsync());
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(["+13125550141"], await scope.ServiceProvider.GetRequiredService<SendingNumbers>().ListForBlastsAsync());
        Assert.Equal(0, listings.Count);
    }

    [Fact]
    public async Task Numbers_carriers_would_refuse_are_not_offered_a_local_one_off_its_campaign_or_a_toll_free_one_not_verified()
    {
        await app.AddNumberAsync("+13125550141");
        await app.AddNumberAsync("+13125550142", n => n.TenDlcCampaignId = null);
        await app.AddNumberAsync("+13125550143", n => n.TenDlcAssignmentStatus = "PENDING_ASSIGNMENT");
        await app.AddNumberAsync("+13125550144", n => n.TenDlcCampaignActive = false);
        await app.AddNumberAsync("+18885550145", n => { n.Kind = NumberKind.TollFree; n.TollFreeVerificationStatus = "In Progress"; });
        await app.AddNumberAsync("+18885550146", n => n.Kind = NumberKind.TollFree);
        await app.AddNumberAsync("+442071838750", n => { n.Kind = NumberKind.Local; n.TenDlcCampaignId = null; }); // not US: no 10DLC

        Assert.Equal(["+13125550141", "+18885550146", "+442071838750"], await ListAsync());
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(["+13125550141", "+18885550146", "+442071838750"], await scope.ServiceProvider.GetRequiredService<SendingNumbers>().ListForBlastsAsync());
    }

    [Fact]
    public async Task A_text_from_a_released_number_is_refused_in_words_and_nothing_is_recorded()
    {
        // A page opened before the release still offers the number; the send must not go out from it.
        await app.AddNumberAsync("+13125550141");
        await app.AddNumberAsync("+13125550142", n => { n.Status = NumberStatus.Released; n.ReleasedAt = DateTime.UtcNow; });

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SendSingleText>().SendAsync(TextSenders.Staff, "+13125550142", "+13125550188", "Hi");

        Assert.Null(result.Message);
        Assert.Equal("(312) 555-0142 is not one of the company's texting numbers now (released, or not registered where carriers ask: a 10DLC campaign, toll-free verification); choose another.", result.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Message>().CountAsync()));
    }
}
