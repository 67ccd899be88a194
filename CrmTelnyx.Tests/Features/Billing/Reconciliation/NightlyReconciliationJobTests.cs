using CrmTelnyx.Features.Billing.Reconciliation;
using CrmTelnyx.Tests.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Features.Billing.Reconciliation;

/// <summary>The nightly check compares yesterday once, after 3:00 in the company's zone (New York by default), through the sandbox.</summary>
public sealed class NightlyReconciliationJobTests : IAsyncLifetime
{
    // 02:30 in New York (EST, UTC−5) on Nov 10.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 10, 7, 30, 0, TimeSpan.Zero));
    private readonly SandboxRoundTripApp app = new();

    public Task InitializeAsync()
    {
        app.Factory.Settings["Billing:Reconciliation:Nightly"] = "true";
        app.Factory.ServiceChanges.Add(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        return app.InitializeAsync();
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Yesterday_is_compared_once_after_three_in_the_morning_company_time()
    {
        await RunJobAsync();
        Assert.Empty(await RunsAsync());

        clock.Advance(TimeSpan.FromHours(1));
        await RunJobAsync();
        await RunJobAsync();

        var run = Assert.Single(await RunsAsync());
        Assert.Equal((new DateOnly(2026, 11, 9), NightlyReconciliationJob.StartedBy, (string?)null), (run.Day, run.StartedBy, run.Error));
    }

    [Fact]
    public async Task A_day_compared_by_a_person_with_success_is_not_compared_again_at_night()
    {
        await app.InScopeAsync(s => s.GetRequiredService<ReconcileDay>().RunAsync(new DateOnly(2026, 11, 9), "manager@crm.test"));

        clock.Advance(TimeSpan.FromHours(2));
        await RunJobAsync();

        Assert.Equal("manager@crm.test", Assert.Single(await RunsAsync()).StartedBy);
    }

    private Task<List<ReconciliationRun>> RunsAsync() => app.Factory.WithDbAsync(db => db.ReconciliationRuns.AsNoTracking().ToListAsync());

    /// <summary>What Quartz does each hour: the job made in a scope of its own.</summary>
    private Task RunJobAsync() => app.InScopeAsync(async services =>
    {
        var job = ActivatorUtilities.CreateInstance<NightlyReconciliationJob>(services);
        await job.Execute(null!, CancellationToken.None);
        return true;
    });
}
