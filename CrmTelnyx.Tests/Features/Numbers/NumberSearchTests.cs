using CrmTelnyx.Features.Numbers;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>The search form's rules, each said under its field.</summary>
public sealed class NumberSearchTests
{
    [Theory]
    [InlineData("31", "An area code is 3 digits, e.g. 312.")]
    [InlineData("31a", "An area code is 3 digits, e.g. 312.")]
    [InlineData("800", "800 is toll-free: choose the toll-free type.")]
    [InlineData("212", "212 is in NY, not IL.")]
    [InlineData("312", null)]
    [InlineData("", null)]
    public void An_area_code_is_three_digits_in_the_chosen_state(string areaCode, string? error) =>
        Assert.Equal(error, new NumberSearch { State = "IL" }.AreaCodeProblem(areaCode));

    [Fact]
    public void A_toll_free_search_takes_only_toll_free_prefixes_and_no_state()
    {
        var search = new NumberSearch { Kind = NumberKind.TollFree, State = "IL" };
        Assert.Null(search.AreaCodeProblem("888"));
        Assert.StartsWith("312 is not a toll-free prefix", search.AreaCodeProblem("312"));
        Assert.Null(search.SearchedState);
        Assert.Null(search.Problem());
    }

    [Fact]
    public void Contains_takes_digits_only_and_city_letters_only()
    {
        Assert.Equal("Digits only, e.g. 2024.", NumberSearch.ContainsError("20-24"));
        Assert.Null(NumberSearch.ContainsError("2024"));
        Assert.Equal("Letters only, e.g. Chicago.", NumberSearch.CityError("Chicago 1"));
        Assert.Null(NumberSearch.CityError("St. Louis"));
        Assert.Equal("ZZ is not a US state.", NumberSearch.StateError("ZZ"));
    }

    [Fact]
    public void A_local_search_needs_a_state_an_area_code_or_a_city()
    {
        Assert.Equal("Choose a state, an area code or a city.", new NumberSearch().Problem());
        Assert.Null(new NumberSearch { City = "Chicago" }.Problem());
    }

    [Fact]
    public void The_same_search_written_differently_is_one_cache_entry()
    {
        Assert.Equal(new NumberSearch { State = "il", City = " chicago " }.CacheKey(), new NumberSearch { State = "IL", City = "Chicago" }.CacheKey());
        Assert.NotEqual(new NumberSearch { State = "IL" }.CacheKey(), new NumberSearch { State = "IL", Mms = true }.CacheKey());
    }

    [Fact]
    public void The_selection_summary_adds_up_the_costs()
    {
        var offer = new NumberOffer("+13125550100", NumberKind.Local, "Chicago", "IL", true, true, true, 1.00m, 1.00m, "USD");
        Assert.Equal("3 numbers selected: $3.00 upfront, $3.00 a month",
            NumberOrderTotals.Of([offer, offer with { PhoneNumber = "+13125550101" }, offer with { PhoneNumber = "+13125550102" }]).Selected);
        Assert.Equal("1 number selected: $1.00 upfront, $1.00 a month", NumberOrderTotals.Of([offer]).Selected);
    }
}
