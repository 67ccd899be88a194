namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>Waits, within a bound, for background work (the webhook processor) to reach a state; fails with what it last saw.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still not done; last seen: {value}");
            await Task.Delay(50);
        }
    }
}
