using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>The health check on the app's clock: who is judged, when a number is flagged or paused, how it recovers and is cleared.</summary>
public sealed class NumberHealthCheckTests : IDisposable
{
    private const string Number = "+13125550101";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly CrmAppFactory app = new();

    public NumberHealthCheckTests() =>
        app.ServiceChanges.Add(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));

    public void Dispose() => app.Dispose();

    private DateTimeOffset Now => clock.GetUtcNow();

    private async Task<NumberHealthCheck.Result> CheckAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NumberHealthCheck>().RunAsync();
    }

    private Task<CompanyNumber> ReadAsync(string phone = Number) =>
        app.WithDbAsync(db => db.CompanyNumbers.AsNoTracking().SingleAsync(n => n.PhoneNumber == phone));

    private Task<List<NumberAuditEntry>> AuditAsync(string phone = Number) =>
        app.WithDbAsync(db => db.NumberAuditEntries.AsNoTracking().Where(e => e.Number!.PhoneNumber == phone).OrderBy(e => e.Id).ToListAsync());

    private Task SettingsAsync(Action<NumberHealthSettings> change) => app.WithDbAsync(async db =>
    {
        change(await db.NumberHealthSettings.SingleAsync());
        return await db.SaveChangesAsync();
    });

    private async Task<IReadOnlyList<string>> BlastSendersAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendingNumbers>().ListForBlastsAsync();
    }

    [Fact]
    public async Task A_number_under_the_minimum_sample_is_not_judged_however_bad_its_texts()
    {
        await app.AddNumberAsync(Number);
        await app.TextsAsync(Number, Now.AddHours(-1), failed: 99);

        Assert.Equal(0, (await CheckAsync()).Judged);
        Assert.Null((await ReadAsync()).HealthProblem);

        await app.TextsAsync(Number, Now.AddHours(-1), failed: 1);
        Assert.Equal(1, (await CheckAsync()).Judged);
        Assert.NotNull((await ReadAsync()).HealthProblem);
    }

    [Fact]
    public async Task Delivering_below_the_minimum_flags_and_pauses_the_number_with_the_figures_in_words()
    {
        await app.AddNumberAsync(Number);
        // 72 of 100 finished texts delivered; texts still on their way are not counted either way.
        await app.TextsAsync(Number, Now.AddDays(-2), delivered: 72, failed: 28, pending: 40);

        var result = await CheckAsync();

        var number = await ReadAsync();
        Assert.Equal(1, result.Paused);
        Assert.Equal("Delivered 72% of 100 texts in the last 7 days (below 90%).", number.HealthProblem);
        Assert.True(number.HealthPaused);
        Assert.Equal(Now.UtcDateTime, number.HealthFlaggedAt);
        Assert.False(number.CanSendBlasts);
        Assert.DoesNotContain(Number, await BlastSendersAsync());
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal(NumberAuditAction.Paused, entry.Action);
        Assert.Equal(NumberAuditTrail.HealthCheckActor, entry.Actor);
        Assert.Contains("Delivered 72%", entry.Details);
    }

    [Fact]
    public async Task Opt_outs_above_the_maximum_flag_the_number_counting_only_people_it_texted()
    {
        await app.AddNumberAsync(Number);
        await app.AddNumberAsync("+13125550102");
        var texted = await app.TextsAsync(Number, Now.AddDays(-1), delivered: 100);
        // Two STOPs: 2% is not above 2%. Strangers' STOPs, and a STOP sent to another of our numbers, are not this number's.
        await app.RepliesAsync(Number, texted.Take(2), Now.AddHours(-20));
        await app.RepliesAsync(Number, ["+17735550900", "+17735550901"], Now.AddHours(-20));
        await app.RepliesAsync("+13125550102", texted.Skip(10).Take(5), Now.AddHours(-20));
        await app.RepliesAsync(Number, texted.Skip(20).Take(3), Now.AddHours(-20), "thanks, see you then");

        await CheckAsync();
        Assert.Null((await ReadAsync()).HealthProblem);

        await app.RepliesAsync(Number, texted.Skip(2).Take(1), Now.AddHours(-19), "stop");
        await CheckAsync();
        var number = await ReadAsync();
        Assert.Equal("3 opt-outs from 100 texts in the last 7 days: 3% (above 2%).", number.HealthProblem);
        Assert.True(number.HealthPaused);
    }

    [Fact]
    public async Task Only_texts_within_the_window_count()
    {
        await app.AddNumberAsync(Number);
        await app.AddNumberAsync("+13125550102");
        // Number: 100 failed just before the window, 100 delivered in it. The other: 100 failed just inside it.
        await app.TextsAsync(Number, Now.AddDays(-7).AddMinutes(-1), failed: 100);
        await app.TextsAsync(Number, Now.AddDays(-1), delivered: 100);
        await app.TextsAsync("+13125550102", Now.AddDays(-7).AddMinutes(1), failed: 50);
        await app.TextsAsync("+13125550102", Now.AddDays(-1), delivered: 50);

        var result = await CheckAsync();

        Assert.Equal(2, result.Judged);
        Assert.Null((await ReadAsync()).HealthProblem);
        Assert.Equal("Delivered 50% of 100 texts in the last 7 days (below 90%).", (await ReadAsync("+13125550102")).HealthProblem);
    }

    [Fact]
    public async Task With_auto_pause_off_a_flagged_number_keeps_sending_and_is_unflagged_when_it_recovers()
    {
        await SettingsAsync(s => s.PauseFlaggedNumbers = false);
        await app.AddNumberAsync(Number);
        await app.TextsAsync(Number, Now.AddDays(-3), delivered: 80, failed: 20);

        await CheckAsync();
        var flagged = await ReadAsync();
        Assert.Equal("Delivered 80% of 100 texts in the last 7 days (below 90%).", flagged.HealthProblem);
        Assert.False(flagged.HealthPaused);
        Assert.Contains(Number, await BlastSendersAsync());

        // Three days later the bad texts are still in the window, but outnumbered: 280 of 300 is 93%.
        clock.Advance(TimeSpan.FromDays(3));
        await app.TextsAsync(Number, Now.AddHours(-1), delivered: 200);
        var result = await CheckAsync();

        Assert.Equal(1, result.Recovered);
        var recovered = await ReadAsync();
        Assert.Null(recovered.HealthProblem);
        Assert.Null(recovered.HealthFlaggedAt);
        Assert.Equal(
            [(NumberAuditAction.HealthFlagged, NumberAuditTrail.HealthCheckActor), (NumberAuditAction.HealthCleared, NumberAuditTrail.HealthCheckActor)],
            (await AuditAsync()).Select(e => (e.Action, e.Actor)));
    }

    [Fact]
    public async Task A_paused_number_stays_paused_when_its_figures_recover_until_an_admin_clears_it()
    {
        await app.AddNumberAsync(Number);
        await app.TextsAsync(Number, Now.AddDays(-3), delivered: 50, failed: 50);
        await CheckAsync();

        clock.Advance(TimeSpan.FromDays(5));
        await app.TextsAsync(Number, Now.AddHours(-1), delivered: 500);
        await CheckAsync();
        Assert.True((await ReadAsync()).HealthPaused);

        await using var scope = app.Services.CreateAsyncScope();
        var clear = scope.ServiceProvider.GetRequiredService<ClearNumberHealth>();
        var id = (await ReadAsync()).Id;
        Assert.Equal(ClearNumberHealth.NotForYou, (await clear.ClearAsync(TextSenders.Staff, id)).Refusal);
        Assert.True((await ReadAsync()).HealthPaused);

        Assert.True((await clear.ClearAsync(TextSenders.WithRole(AppRoles.Admin), id)).Cleared);

        var cleared = await ReadAsync();
        Assert.False(cleared.HealthPaused);
        Assert.Null(cleared.HealthProblem);
        Assert.True(cleared.CanSendBlasts);
        Assert.Contains(Number, await BlastSendersAsync());
        var entry = (await AuditAsync()).Last();
        Assert.Equal(NumberAuditAction.HealthCleared, entry.Action);
        Assert.Equal("admin@crm.test", entry.Actor);
        Assert.Contains("Delivered 50%", entry.Details);
    }

    [Fact]
    public async Task After_an_admin_clears_a_number_only_texts_sent_since_count()
    {
        await app.AddNumberAsync(Number);
        await app.TextsAsync(Number, Now.AddDays(-1), delivered: 50, failed: 50);
        await CheckAsync();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ClearNumberHealth>().ClearAsync(TextSenders.WithRole(AppRoles.Admin), (await ReadAsync()).Id);

        // The texts that paused it are still in the window, but they were judged already.
        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(0, (await CheckAsync()).Judged);
        Assert.False((await ReadAsync()).HealthPaused);

        await app.TextsAsync(Number, Now.AddMinutes(-1), delivered: 60, failed: 40);
        await CheckAsync();
        var number = await ReadAsync();
        Assert.True(number.HealthPaused);
        Assert.StartsWith("Delivered 60% of 100 texts since it was cleared", number.HealthProblem);
    }
}
