namespace CrmTelnyx.Features.Numbers;

/// <summary>What the chosen numbers cost together: "3 numbers selected: $3.00 upfront, $3.00 a month".</summary>
public sealed record NumberOrderTotals(int Count, decimal Upfront, decimal Monthly)
{
    public static NumberOrderTotals Of(IEnumerable<NumberOffer> offers)
    {
        var list = offers.ToList();
        return new(list.Count, list.Sum(o => o.UpfrontCost ?? 0), list.Sum(o => o.MonthlyCost ?? 0));
    }

    public string Numbers => Count == 1 ? "1 number" : $"{Count} numbers";

    public string Costs => $"{MoneyText.Of(Upfront)} upfront, {MoneyText.Of(Monthly)} a month";

    public string Selected => $"{Numbers} selected: {Costs}";
}
