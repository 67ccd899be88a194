using CrmTelnyx.Features.Calls;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls;

/// <summary>A call dialled through the sandbox: its own signed call.* webhooks, as Telnyx's, become one call row.</summary>
public sealed class SandboxCallRowsTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_dialled_call_is_recorded_from_its_webhooks_until_the_far_end_hangs_up()
    {
        app.Settings["Sandbox:CallDurationMs"] = "300";
        app.StartKestrel();
        TelnyxCall dialled;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var connection = scope.ServiceProvider.GetRequiredService<ITelnyxConnectionSource>().Current;
            dialled = await scope.ServiceProvider.GetRequiredService<TelnyxClient>()
                .DialAsync(new DialCallRequest(connection.ConnectionId!, "+13125550199", SandboxAccount.SeedNumbers[0]));
        }

        var call = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.CallControlId == dialled.CallControlId)),
            c => c is { Status: CallStatus.Ended }, TimeSpan.FromSeconds(30));

        Assert.Equal((CallDirection.Outbound, SandboxAccount.SeedNumbers[0], "+13125550199"), (call!.Direction, call.From, call.To));
        Assert.NotNull(call.AnsweredAt);
        Assert.Equal("normal_clearing", call.HangupCause);
        Assert.True(call.StartedAt <= call.AnsweredAt && call.AnsweredAt <= call.EndedAt);
    }
}
