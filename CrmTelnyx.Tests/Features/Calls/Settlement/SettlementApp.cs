using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Settlement;
using CrmTelnyx.Hosting;
using CrmTelnyx.Live;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmTelnyx.Tests.Features.Calls.Settlement;

/// <summary>
/// The app in Sandbox mode on real Kestrel, with short sandbox calls, the settlement job off the schedule (each test
/// runs it at a time of its choosing) and a switch that makes Telnyx unreachable.
/// </summary>
public sealed class SettlementApp : CrmAppFactory
{
    public RecordingLiveNotifier Live { get; } = new();

    /// <summary>While true, the app's Telnyx client talks to a port nobody listens on.</summary>
    public bool TelnyxDown { get; set; }

    public SettlementApp()
    {
        Settings["Sandbox:CallDurationMs"] = "300";
        Settings["Sandbox:CallAnswerDelayMs"] = "50";
        Settings["Calls:Settlement:RunOnSchedule"] = "false";
        // An outage is seen at once rather than after retries.
        Settings["Telnyx:Resilience:MaxRetryAttempts"] = "0";
        StartKestrel();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILiveNotifier>(Live);
            services.Replace(ServiceDescriptor.Singleton<ITelnyxConnectionSource>(sp =>
                new SwitchableConnection(sp.GetRequiredService<SandboxConnectionSource>(), this)));
        });
    }

    public async Task<CallSettlement> SettleAsync(DateTimeOffset now)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SettleStaleCalls>().RunAsync(now);
    }

    public Task<Call> CallAsync(long id) =>
        WithDbAsync(db => db.Calls.AsNoTracking().Include(c => c.Legs).SingleAsync(c => c.Id == id));

    /// <summary>Dials through the sandbox (the far end answers, then hangs up) and waits until the app has the hangup and the cost.</summary>
    public async Task<Call> DialEndedCallAsync(string to = "+13125550199")
    {
        var dialled = await DialAsync(to);
        return await Eventually.ReturnsAsync(
            () => WithDbAsync(db => db.Calls.AsNoTracking().Include(c => c.Legs).SingleOrDefaultAsync(c => c.CallControlId == dialled.CallControlId)),
            c => c is { Status: CallStatus.Ended, Cost: not null }, TimeSpan.FromSeconds(30)) ?? throw new InvalidOperationException("unreachable");
    }

    public async Task<TelnyxCall> DialAsync(string to)
    {
        await using var scope = Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<ITelnyxConnectionSource>().Current;
        return await scope.ServiceProvider.GetRequiredService<TelnyxClient>()
            .DialAsync(new DialCallRequest(connection.ConnectionId, to, SandboxAccount.SeedNumbers[0]));
    }

    /// <summary>Puts the call back as it was before its call.hangup and call.cost: answered, with no end and no cost.</summary>
    public Task LoseHangupAsync(long callId) => WithDbAsync(async db =>
    {
        await db.CallLegs.Where(l => l.CallId == callId).ExecuteUpdateAsync(u => u
            .SetProperty(l => l.State, CallStates.Answered).SetProperty(l => l.EndedAt, (DateTime?)null)
            .SetProperty(l => l.HangupCause, (string?)null).SetProperty(l => l.Cost, (decimal?)null).SetProperty(l => l.BilledSeconds, (int?)null));
        return await db.Calls.Where(c => c.Id == callId).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.Status, CallStatus.Answered).SetProperty(c => c.EndedAt, (DateTime?)null)
            .SetProperty(c => c.HangupCause, (string?)null).SetProperty(c => c.Outcome, (string?)null)
            .SetProperty(c => c.DurationSeconds, (int?)null).SetProperty(c => c.Cost, (decimal?)null).SetProperty(c => c.BilledSeconds, (int?)null));
    });

    /// <summary>Leaves the call ended but as before its call.cost: no cost, no billed seconds.</summary>
    public Task LoseCostAsync(long callId) => WithDbAsync(async db =>
    {
        await db.CallLegs.Where(l => l.CallId == callId).ExecuteUpdateAsync(u => u
            .SetProperty(l => l.Cost, (decimal?)null).SetProperty(l => l.BilledSeconds, (int?)null));
        return await db.Calls.Where(c => c.Id == callId).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.Cost, (decimal?)null).SetProperty(c => c.BilledSeconds, (int?)null));
    });

    private sealed class SwitchableConnection(SandboxConnectionSource sandbox, SettlementApp app) : ITelnyxConnectionSource
    {
        public TelnyxConnection Current => app.TelnyxDown
            ? sandbox.Current with { BaseUrl = new Uri("http://127.0.0.1:9/v2/") }
            : sandbox.Current;
    }
}
