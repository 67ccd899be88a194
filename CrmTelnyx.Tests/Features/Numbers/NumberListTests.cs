using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Six numbers of every kind, status and cost, seeded once for the list's filter and sort tests.</summary>
public sealed class NumberListApp : CrmAppFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await this.AddNumberAsync("+13125550401", n => { n.FriendlyName = "Front desk"; n.MonthlyCost = 1.00m; });
        await this.AddNumberAsync("+12125550402", n =>
        {
            n.State = "NY"; n.CanMms = false; n.CanVoice = false; n.MonthlyCost = 1.50m;
            n.HealthProblem = "Delivery 72% over the last 140 texts, below 90%"; n.HealthPaused = true;
        });
        await this.AddNumberAsync("+18005550403", n => { n.State = "TX"; n.Kind = NumberKind.TollFree; n.CanMms = false; n.MonthlyCost = 2.00m; n.FriendlyName = "Support"; });
        // 10.00 sorts before 2.00 as text: the cost sort must compare amounts.
        await this.AddNumberAsync("+13125550404", n => { n.CanSms = false; n.CanMms = false; n.Status = NumberStatus.Inactive; n.MonthlyCost = 10.00m; });
        await this.AddNumberAsync("+13125550405", n => { n.Status = NumberStatus.Released; n.MonthlyCost = 0.50m; });
        await this.AddNumberAsync("+14155550406", n => { n.State = "CA"; n.Status = NumberStatus.Pending; n.MonthlyCost = null; n.TenDlcCampaignId = "CAMP01"; });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>The Numbers page's list, filtered, sorted and paged in the query.</summary>
public sealed class NumberListTests(NumberListApp app) : IClassFixture<NumberListApp>
{
    private async Task<NumberListPage> ListAsync(NumberFilter? filter = null, NumberSort? sort = null, int page = 0, int pageSize = 25)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ListNumbers>().ListAsync(filter ?? new(), sort ?? new(), page, pageSize);
    }

    private async Task<string[]> NumbersAsync(NumberFilter? filter = null, NumberSort? sort = null) =>
        (await ListAsync(filter, sort)).Rows.Select(r => r.PhoneNumber[^3..]).ToArray();

    [Fact]
    public async Task Released_numbers_are_left_out_unless_asked_for()
    {
        Assert.Equal(["402", "401", "404", "406", "403"], await NumbersAsync());
        Assert.Contains("405", await NumbersAsync(new NumberFilter(ShowReleased: true)));
        Assert.Equal(["405"], await NumbersAsync(new NumberFilter(Status: NumberStatus.Released)));
    }

    [Fact]
    public async Task Filters_by_state_status_feature_and_type_combine()
    {
        Assert.Equal(["401", "404"], await NumbersAsync(new NumberFilter(State: "IL")));
        Assert.Equal(["401", "404", "405"], await NumbersAsync(new NumberFilter(State: "IL", ShowReleased: true)));
        Assert.Equal(["404"], await NumbersAsync(new NumberFilter(Status: NumberStatus.Inactive)));
        Assert.Equal(["402", "401", "406", "403"], await NumbersAsync(new NumberFilter(Feature: NumberFeature.Sms)));
        Assert.Equal(["401", "406"], await NumbersAsync(new NumberFilter(Feature: NumberFeature.Mms)));
        Assert.Equal(["401", "404", "406", "403"], await NumbersAsync(new NumberFilter(Feature: NumberFeature.Voice)));
        Assert.Equal(["403"], await NumbersAsync(new NumberFilter(Kind: NumberKind.TollFree)));
        Assert.Equal(["401"], await NumbersAsync(new NumberFilter(State: "IL", Feature: NumberFeature.Sms)));
    }

    [Fact]
    public async Task The_monthly_cost_sorts_by_amount_both_ways_with_unknown_costs_last()
    {
        Assert.Equal(["401", "402", "403", "404", "406"], await NumbersAsync(sort: NumberSort.FromColumn(nameof(NumberRow.MonthlyCost), false)));
        Assert.Equal(["404", "403", "402", "401", "406"], await NumbersAsync(sort: NumberSort.FromColumn(nameof(NumberRow.MonthlyCost), true)));
    }

    [Fact]
    public async Task State_status_features_and_name_sort_in_the_query()
    {
        Assert.Equal(["406", "401", "404", "402", "403"], await NumbersAsync(sort: NumberSort.FromColumn(nameof(NumberRow.State), false)));
        Assert.Equal(["403", "402", "401", "404", "406"], await NumbersAsync(sort: NumberSort.FromColumn(nameof(NumberRow.State), true)));
        // Active, then pending, then inactive.
        Assert.Equal(["402", "401", "403", "406", "404"], await NumbersAsync(sort: NumberSort.FromColumn(nameof(NumberRow.Status), false)));
        // Most capable first.
        Assert.Equal(["401", "406", "403", "402", "404"], await NumbersAsync(sort: NumberSort.FromColumn(nameof(NumberRow.Features), true)));
        // Named ones first, by name; the rest by number.
        Assert.Equal(["401", "403", "402", "404", "406"], await NumbersAsync(sort: NumberSort.FromColumn(nameof(NumberRow.FriendlyName), false)));
        // Allowed first, then paused by health.
        Assert.Equal("402", (await NumbersAsync(sort: NumberSort.FromColumn(nameof(NumberRow.BlastsAllowed), false)))[^1]);
    }

    [Fact]
    public async Task Pages_are_cut_in_the_query_with_the_total_of_all_pages()
    {
        var second = await ListAsync(page: 1, pageSize: 2);

        Assert.Equal(5, second.Total);
        Assert.Equal(["+13125550404", "+14155550406"], second.Rows.Select(r => r.PhoneNumber));
    }

    [Fact]
    public async Task Each_row_carries_its_last_30_days()
    {
        await app.AddAsync(NumberSeed.Outbound("+13125550401", DateTimeOffset.UtcNow.AddDays(-1)), NumberSeed.InboundCall("+13125550401", DateTimeOffset.UtcNow.AddDays(-2)),
            NumberSeed.Outbound("+13125550401", DateTimeOffset.UtcNow.AddDays(-31)));

        var row = (await ListAsync(new NumberFilter(State: "IL"))).Rows.Single(r => r.PhoneNumber == "+13125550401");

        Assert.Equal((1, 1), (row.Last30Days.TextsSent, row.Last30Days.CallsIn));
        Assert.Equal("SMS, MMS, Voice", row.Features);
    }
}
