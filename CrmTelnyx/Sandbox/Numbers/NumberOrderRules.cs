using System.Collections.Concurrent;
using CrmTelnyx.Sandbox.Control;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>
/// What the control page makes number orders do: refuse the next orders with a chosen reason, or fail chosen numbers
/// inside an order that otherwise succeeds. Kept in memory, like the other runtime knobs.
/// </summary>
public sealed class NumberOrderRules
{
    private readonly ConcurrentQueue<OrderRefusal> refusals = new();
    private readonly ConcurrentDictionary<string, byte> failingNumbers = new();

    /// <summary>Refusals waiting for the next orders, in the order they will be used.</summary>
    public IReadOnlyList<OrderRefusal> PendingRefusals => refusals.ToArray();

    public IReadOnlyCollection<string> FailingNumbers => failingNumbers.Keys.Order().ToList();

    public ControlOutcome RefuseNextOrders(OrderRefusal reason, int count)
    {
        if (count is < 1 or > 20) return new ControlOutcome(false, "Refuse between 1 and 20 orders.");
        for (var i = 0; i < count; i++) refusals.Enqueue(reason);
        var which = count == 1 ? "The next number order" : $"The next {count} number orders";
        return new ControlOutcome(true, $"{which} will be refused: {Describe(reason)}.");
    }

    public ControlOutcome FailWhenOrdered(string number)
    {
        number = number.Trim();
        if (!E164.IsValid(number)) return new ControlOutcome(false, $"'{number}' is not a +E.164 number.");
        failingNumbers[number] = 0;
        return new ControlOutcome(true, $"{number} will fail in any order that includes it; the order's other numbers arrive.");
    }

    public ControlOutcome ClearAll()
    {
        refusals.Clear();
        failingNumbers.Clear();
        return new ControlOutcome(true, "Number orders behave normally again.");
    }

    public ControlOutcome OrderNormally(string number)
    {
        failingNumbers.TryRemove(number.Trim(), out _);
        return new ControlOutcome(true, $"{number.Trim()} can be ordered normally again.");
    }

    /// <summary>Takes the next refusal, if one is waiting: each order uses up one.</summary>
    public OrderRefusal? TakeRefusal() => refusals.TryDequeue(out var reason) ? reason : null;

    public bool FailsWhenOrdered(string number) => failingNumbers.ContainsKey(number);

    public static string Describe(OrderRefusal reason) => reason switch
    {
        OrderRefusal.BalanceTooLow => "balance too low",
        OrderRefusal.NumberUnavailable => "number no longer available",
        OrderRefusal.TooManyRequests => "too many requests (429)",
        _ => reason.ToString(),
    };
}

public enum OrderRefusal
{
    BalanceTooLow,
    NumberUnavailable,
    TooManyRequests,
}
