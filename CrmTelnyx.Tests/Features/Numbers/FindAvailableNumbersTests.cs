using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Telnyx;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Searching the sandbox's stock: by state, city and toll-free; answers cached; a number bought is not offered again.</summary>
public sealed class FindAvailableNumbersTests : IAsyncLifetime
{
    private readonly SearchCounter searches = new();
    private NumberBuyingApp app = default!;

    public Task InitializeAsync()
    {
        app = new NumberBuyingApp(a => a.ServiceChanges.Add(services =>
            services.AddHttpClient<TelnyxClient>().AddHttpMessageHandler(() => new CountingHandler(searches))));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    public sealed class SearchCounter
    {
        private int count;
        public int Count => Volatile.Read(ref count);
        public void Add() => Interlocked.Increment(ref count);
    }

    private sealed class CountingHandler(SearchCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/available_phone_numbers")) counter.Add();
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task A_state_search_offers_numbers_of_that_state_with_costs_and_features()
    {
        var offers = await app.SearchAsync(new NumberSearch { State = "TX", Mms = true });

        Assert.NotEmpty(offers);
        Assert.All(offers, o =>
        {
            Assert.Equal("TX", o.State);
            Assert.Matches(@"^\+1(512|214|713)\d{7}$", o.PhoneNumber);
            Assert.True(o.Sms && o.Mms && o.Voice);
            Assert.Equal(1.00m, o.MonthlyCost);
            Assert.Equal(1.00m, o.UpfrontCost);
            Assert.Equal(NumberKind.Local, o.Kind);
        });
        Assert.Contains(offers, o => o.City == "Austin");
    }

    [Fact]
    public async Task A_city_search_finds_only_that_city_and_a_toll_free_search_only_toll_free_numbers()
    {
        var chicago = await app.SearchAsync(new NumberSearch { City = "chicago" });
        Assert.NotEmpty(chicago);
        Assert.All(chicago, o => Assert.Equal("Chicago", o.City));
        Assert.Contains(chicago, o => o.PhoneNumber.StartsWith("+1773"));

        var tollFree = await app.SearchAsync(new NumberSearch { Kind = NumberKind.TollFree, AreaCode = "888" });
        Assert.NotEmpty(tollFree);
        Assert.All(tollFree, o =>
        {
            Assert.StartsWith("+1888", o.PhoneNumber);
            Assert.Equal(NumberKind.TollFree, o.Kind);
            Assert.Null(o.State);
        });
    }

    [Fact]
    public async Task The_same_search_within_two_minutes_asks_Telnyx_once_and_a_bought_number_is_not_offered_again()
    {
        var search = new NumberSearch { AreaCode = "617" };
        var first = await app.SearchAsync(search);
        var asked = searches.Count;
        var again = await app.SearchAsync(new NumberSearch { AreaCode = " 617 " });

        Assert.Equal(first, again);
        Assert.Equal(asked, searches.Count);

        var bought = first[0];
        Assert.Null((await app.BuyAsync([bought], null)).Error);
        var afterBuying = await app.SearchAsync(search);
        Assert.Equal(asked, searches.Count);
        Assert.DoesNotContain(afterBuying, o => o.PhoneNumber == bought.PhoneNumber);
        Assert.Equal(first.Count - 1, afterBuying.Count);
    }

    [Fact]
    public async Task A_wrong_search_is_refused_in_words_without_asking_Telnyx()
    {
        var before = searches.Count;
        var result = await app.RunAsync<FindAvailableNumbers, FindAvailableNumbers.Result>(f => f.SearchAsync(new NumberSearch { State = "IL", AreaCode = "415" }));

        Assert.Equal("415 is in CA, not IL.", result.Error);
        Assert.Equal(before, searches.Count);
    }
}
