using System.Security.Claims;
using CrmTelnyx.Features.Billing.Budget;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Billing.Budget;

/// <summary>
/// Blasts that would pass the monthly budget wait for a manager, through the real blast engine and the sandbox: nothing
/// reaches Telnyx while held; "Send anyway" by a manager sends it; staff cannot; cancelling ends it.
/// </summary>
public sealed class BlastBudgetHoldTests : IDisposable
{
    private readonly ShiftedClock clock = new(ShiftedClock.WeekdayNoonInChicago);
    private readonly CrmAppFactory app;
    private static readonly ClaimsPrincipal Manager = As(AppRoles.Manager);
    private static readonly ClaimsPrincipal Staff = As(AppRoles.Staff);

    public BlastBudgetHoldTests()
    {
        app = BlastApp.Configure(new CrmAppFactory(), clock);
        app.StartKestrel();
    }

    public void Dispose() => app.Dispose();

    private static ClaimsPrincipal As(string role) => TextSenders.WithRole(role);

    private Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull => app.WithServiceAsync(work);

    /// <summary>As a manager sets it on the Billing tab.</summary>
    private async Task BudgetAsync(decimal amount, bool hold)
    {
        var version = (await RunAsync((ReadBudget r) => r.ReadAsync())).Version;
        Assert.Null((await RunAsync((SaveBudget s) => s.SaveAsync(Manager, new SaveBudget.Form(amount, "80, 100", version, hold)))).Error);
    }

    private Task SpentAsync(decimal amount) => app.WithDbAsync(db =>
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.LedgerEntries.Add(new LedgerEntry { Source = $"text:{Guid.NewGuid()}", OccurredAt = now, Type = LedgerEntryType.Sms, Amount = amount, Quantity = 1, RecordedAt = now });
        return db.SaveChangesAsync();
    });

    /// <summary>Ten contacts, one sender: a blast of ten one-part texts, estimated at 10 × $0.007 = $0.07.</summary>
    private async Task<long> TenTextBlastAsync(string tag = "VIP", int first = 1001)
    {
        if (tag == "VIP")
        {
            await app.SendersAsync(BlastApp.SenderA);
            await app.RatesAsync();
        }
        await app.ContactsAsync(10, tag, first);
        return await app.BlastAsync("Hi {firstName}", [BlastApp.SenderA], new BlastAudience { Tags = [tag] });
    }

    private Task<Blast> HeldAsync(long id) => Eventually.ReturnsAsync(() => app.BlastRowAsync(id), b => b.Status is not (BlastStatus.Scheduled or BlastStatus.Preparing));

    [Fact]
    public async Task A_blast_that_would_pass_the_budget_waits_and_sends_nothing_until_a_manager_sends_it_anyway()
    {
        await BudgetAsync(1m, hold: true);
        await SpentAsync(0.95m);
        var id = await TenTextBlastAsync();

        var held = await HeldAsync(id);

        Assert.Equal(BlastStatus.HeldForBudget, held.Status);
        Assert.Equal("Held for a manager: its estimated $0.07 would take this month's spending from $0.95 to $1.02, past the $1.00 budget.", held.LastAction);
        // Time for the dispatcher (every 50 ms here) to have sent, were it going to.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await app.AtSandboxAsync());
        Assert.All(await app.RowsAsync(id), r => Assert.Equal(MessageStatuses.Pending, r.Status));

        var byStaff = await RunAsync((SendHeldBlast s) => s.SendAsync(Staff, id));
        Assert.Equal((false, SendHeldBlast.NotForYou), (byStaff.Done, byStaff.Message));
        Assert.Equal(BlastStatus.HeldForBudget, (await app.BlastRowAsync(id)).Status);

        var byManager = await RunAsync((SendHeldBlast s) => s.SendAsync(Manager, id));

        Assert.True(byManager.Done, byManager.Message);
        var sent = await app.CompletedAsync(id);
        Assert.Equal(BlastStatus.Completed, sent.Status);
        Assert.StartsWith("Sent over the budget: approved by manager@crm.test at ", sent.LastAction);
        Assert.Equal(10, (await app.AtSandboxAsync()).Count);
        var again = await RunAsync((SendHeldBlast s) => s.SendAsync(Manager, id));
        Assert.Equal((false, "This blast is not held (it is completed), so there is nothing to approve."), (again.Done, again.Message));
    }

    [Fact]
    public async Task A_held_blast_can_be_cancelled_and_none_of_its_texts_go()
    {
        await BudgetAsync(1m, hold: true);
        await SpentAsync(1.50m);
        var id = await TenTextBlastAsync();
        Assert.Equal(BlastStatus.HeldForBudget, (await HeldAsync(id)).Status);
        var resume = await RunAsync((ResumeBlast r) => r.ResumeAsync(id, "staff@crm.test"));
        Assert.Equal("This blast is held because it would pass the monthly budget, so it cannot be resumed. A manager or admin can send it anyway, or cancel it.", resume.Message);

        var cancelled = await RunAsync((CancelBlast c) => c.CancelAsync(id, "manager@crm.test"));

        Assert.Equal((true, "Cancelled: 10 texts not yet sent will not be sent."), (cancelled.Done, cancelled.Message));
        Assert.All(await app.RowsAsync(id), r => Assert.Equal(MessageStatuses.Cancelled, r.Status));
        Assert.Empty(await app.AtSandboxAsync());
    }

    [Fact]
    public async Task Within_the_budget_or_with_holding_off_a_blast_goes_at_once()
    {
        await BudgetAsync(1m, hold: true);
        await SpentAsync(0.93m);
        var within = await TenTextBlastAsync();
        Assert.Equal(BlastStatus.Completed, (await app.CompletedAsync(within)).Status);

        await BudgetAsync(1m, hold: false);
        var over = await TenTextBlastAsync("Second", first: 2001);

        Assert.Equal(BlastStatus.Completed, (await app.CompletedAsync(over)).Status);
        Assert.Equal(20, (await app.AtSandboxAsync()).Count);
    }

    [Fact]
    public async Task The_composer_says_before_sending_that_the_blast_will_wait_for_a_manager()
    {
        await app.SendersAsync(BlastApp.SenderA);
        await app.ContactsAsync(10);
        await SpentAsync(0.95m);
        var draft = new BlastDraft { Text = "Hi {firstName}", Audience = new BlastAudience { Tags = ["VIP"] }, Senders = [BlastApp.SenderA] };
        Assert.Null((await RunAsync((PreSendCheck c) => c.RunAsync(draft))).BudgetHold);

        await BudgetAsync(1m, hold: true);

        Assert.Equal("its estimated $0.07 would take this month's spending from $0.95 to $1.02, past the $1.00 budget.",
            (await RunAsync((PreSendCheck c) => c.RunAsync(draft))).BudgetHold);
    }

    [Fact]
    public async Task What_other_blasts_still_have_to_send_counts_towards_the_budget()
    {
        await BudgetAsync(1m, hold: true);
        // A blast under way with 80 of its 100 texts still to send, estimated at $1.00: $0.80 to come.
        var underWay = await BlastSeed.StartedAsync(app, "Under way", BlastStatus.Paused,
            [.. Enumerable.Repeat(new BlastSeed.Row(MessageStatuses.Delivered, null), 20).Select((r, i) => r with { TelnyxId = $"t-u{i}" }),
             .. Enumerable.Repeat(new BlastSeed.Row(MessageStatuses.Pending), 80)]);
        await app.WithDbAsync(db => db.Blasts.Where(b => b.Id == underWay).ExecuteUpdateAsync(u => u.SetProperty(b => b.EstimatedCost, 1.00m)));

        var reason = await RunAsync((BlastBudgetHold h) => h.ReasonAsync(blastId: -1, estimatedCost: 0.25m));

        Assert.Equal("its estimated $0.25 would take this month's spending from $0.00, with $0.80 still to go out from other blasts, "
            + "to $1.05, past the $1.00 budget.", reason);
        Assert.Null(await RunAsync((BlastBudgetHold h) => h.ReasonAsync(blastId: -1, estimatedCost: 0.20m)));
    }
}
