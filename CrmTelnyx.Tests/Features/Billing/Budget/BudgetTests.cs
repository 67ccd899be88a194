using System.Security.Claims;
using Bunit;
using CrmTelnyx.Features.Billing.Budget;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Billing.Budget;

/// <summary>The monthly budget: spending counted over the company's calendar month, warnings at the set percentages, and who may set it how.</summary>
public sealed class BudgetTests : IDisposable
{
    // Nov 15, 2026, in the afternoon in Chicago.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 15, 20, 0, 0, TimeSpan.Zero));
    private readonly CrmAppFactory app = new();
    private static readonly ClaimsPrincipal Manager = As(AppRoles.Manager);

    public BudgetTests() => app.ServiceChanges.Add(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));

    public void Dispose() => app.Dispose();

    private static ClaimsPrincipal As(string role) => TextSenders.WithRole(role);

    private Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull => app.WithServiceAsync(work);

    private Task<BudgetStatus> ReadAsync() => RunAsync((ReadBudget r) => r.ReadAsync());

    private async Task<string?> SaveAsync(decimal? amount, string alerts, ClaimsPrincipal? user = null, long? version = null)
    {
        var current = version ?? (await ReadAsync()).Version;
        return (await RunAsync((SaveBudget s) => s.SaveAsync(user ?? Manager, new SaveBudget.Form(amount, alerts, current)))).Error;
    }

    private Task SpendAsync(DateTime utc, decimal amount) => app.WithDbAsync(async db =>
    {
        await db.TextingSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CompanyTimeZone, "America/Chicago"));
        db.LedgerEntries.Add(new LedgerEntry { Source = $"text:{Guid.NewGuid()}", OccurredAt = utc, Type = LedgerEntryType.Sms, Amount = amount, Quantity = 1, RecordedAt = utc });
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Warnings_come_at_the_set_percentages_of_this_months_spending_in_the_company_zone()
    {
        Assert.Null(await SaveAsync(10m, "50, 80,100"));
        // 04:30 UTC on Nov 1 is still October 31 in Chicago (CDT until 2:00 that night): last month's.
        await SpendAsync(new DateTime(2026, 11, 1, 4, 30, 0), 50m);
        await SpendAsync(new DateTime(2026, 11, 2, 12, 0, 0), 4m);

        var under = await ReadAsync();
        Assert.Equal((4m, (int?)40, (int?)null, false), (under.Spent, under.Percent, under.Crossed, under.OverBudget));

        await SpendAsync(new DateTime(2026, 11, 3, 12, 0, 0), 1m);
        Assert.Equal(50, (await ReadAsync()).Crossed);

        await SpendAsync(new DateTime(2026, 11, 4, 12, 0, 0), 3.5m);
        Assert.Equal(80, (await ReadAsync()).Crossed);

        await SpendAsync(new DateTime(2026, 11, 5, 12, 0, 0), 2m);
        var over = await ReadAsync();
        Assert.Equal(((int?)105, (int?)100, true), (over.Percent, over.Crossed, over.OverBudget));

        // December starts afresh.
        clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal((0m, (int?)null), ((await ReadAsync()).Spent, (await ReadAsync()).Crossed));
    }

    [Fact]
    public async Task The_app_bars_warning_goes_at_midnight_on_the_1st_without_waiting_for_a_new_cost()
    {
        Assert.Null(await SaveAsync(10m, "50, 100"));
        await SpendAsync(new DateTime(2026, 11, 10, 12, 0, 0), 12m);
        await using var page = new MudComponentContext(app);
        page.SignInAs(app, AppRoles.Manager);
        page.Render<MudPopoverProvider>();
        var bar = page.Render<BudgetAppBarAlert>();
        bar.WaitForAssertion(() => Assert.Single(bar.FindAll("[data-budget-appbar='100']")));

        // Midnight on December 1 in Chicago is 06:00 UTC.
        clock.Advance(new DateTimeOffset(2026, 12, 1, 6, 0, 2, TimeSpan.Zero) - clock.GetUtcNow());

        bar.WaitForAssertion(() => Assert.Empty(bar.FindAll("[data-budget-appbar]")));
    }

    [Fact]
    public async Task Without_a_budget_nothing_warns()
    {
        await SpendAsync(new DateTime(2026, 11, 2, 12, 0, 0), 400m);

        var status = await ReadAsync();

        Assert.Equal(((decimal?)null, (int?)null, (int?)null, 400m), (status.Budget, status.Percent, status.Crossed, status.Spent));
    }

    [Theory]
    [InlineData("0", "50", "more than $0")]
    [InlineData("-5", "50", "more than $0")]
    [InlineData("10000001", "50", "at most $10,000,000")]
    [InlineData("10.005", "50", "dollars and cents")]
    [InlineData("100", "", "one to five warning percentages")]
    [InlineData("100", "10,20,30,40,50,60", "one to five warning percentages")]
    [InlineData("100", "0", "'0' is not a whole percentage")]
    [InlineData("100", "eighty", "'eighty' is not a whole percentage")]
    [InlineData("100", "80.5", "'80.5' is not a whole percentage")]
    [InlineData("100", "80, 80%", "80% is listed twice")]
    public async Task A_budget_that_cannot_be_used_is_refused_in_words_and_nothing_changes(string amount, string alerts, string said)
    {
        var error = await SaveAsync(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), alerts);

        Assert.Contains(said, error);
        var unchanged = await ReadAsync();
        Assert.Equal(((decimal?)null, "50,80,100"), (unchanged.Budget, string.Join(',', unchanged.Alerts)));
    }

    [Fact]
    public async Task Percentages_are_kept_in_order_and_an_empty_amount_removes_the_budget()
    {
        Assert.Null(await SaveAsync(250m, "100% 75 25"));
        Assert.Equal([25, 75, 100], (await ReadAsync()).Alerts);

        Assert.Null(await SaveAsync(null, "90"));
        Assert.Null((await ReadAsync()).Budget);
    }

    [Fact]
    public async Task Only_managers_and_admins_set_it_and_a_form_older_than_someone_elses_save_is_refused()
    {
        Assert.Equal(SaveBudget.NotForYou, await SaveAsync(10m, "50", As(AppRoles.Agent)));
        var opened = (await ReadAsync()).Version;
        Assert.Null(await SaveAsync(20m, "50", As(AppRoles.Admin), opened));

        Assert.Equal(SaveBudget.ChangedMeanwhile, await SaveAsync(30m, "80", Manager, opened));
        Assert.Equal(20m, (await ReadAsync()).Budget);
    }
}
