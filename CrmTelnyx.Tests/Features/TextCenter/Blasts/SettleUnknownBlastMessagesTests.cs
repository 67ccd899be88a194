using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>An unknown row whose webhooks were lost too is settled from Telnyx's message detail records.</summary>
public sealed class SettleUnknownBlastMessagesTests : IDisposable
{
    private readonly ShiftedClock clock = new(ShiftedClock.WeekdayNoonInChicago);
    private readonly CrmAppFactory app;

    public SettleUnknownBlastMessagesTests() => app = BlastApp.Configure(new CrmAppFactory(), clock, engine: false);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task An_unknown_row_Telnyx_has_a_record_of_takes_its_id_and_outcome_and_one_it_has_none_of_stays_unknown()
    {
        app.StartKestrel();
        await app.SendersAsync(BlastApp.SenderA);
        await app.ContactsAsync(2);
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA]);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StartBlast>().StartAsync(blastId);
        var rows = await app.RowsAsync(blastId);
        var (wentOut, neverSent) = (rows[0], rows[1]);
        await app.WithDbAsync(db => db.Messages.Where(m => m.BlastId == blastId).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, MessageStatuses.Unknown).SetProperty(m => m.ClaimedAt, clock.GetUtcNow())));
        // It went out, but its webhooks go nowhere: only the detail records know.
        TelnyxMessage sent;
        await using (var scope = app.Services.CreateAsyncScope())
            sent = await scope.ServiceProvider.GetRequiredService<TelnyxClient>().SendMessageAsync(
                new SendMessageRequest(wentOut.From, wentOut.To, wentOut.Text) { WebhookUrl = "http://127.0.0.1:9/nowhere", UseProfileWebhooks = false });
        var settler = ActivatorUtilities.CreateInstance<SettleUnknownBlastMessages>(app.Services);

        await Eventually.ReturnsAsync(() => settler.SettleAsync(CancellationToken.None), settled => settled == 1);

        var after = (await app.RowsAsync(blastId)).ToDictionary(r => r.Id);
        Assert.Equal((sent.Id, MessageStatuses.Delivered), (after[wentOut.Id].TelnyxMessageId, after[wentOut.Id].Status));
        Assert.NotNull(after[wentOut.Id].CostAmount);
        Assert.Equal(MessageStatuses.Unknown, after[neverSent.Id].Status);
        Assert.Equal(0, await settler.SettleAsync(CancellationToken.None));
    }
}
