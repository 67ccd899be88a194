using System.Diagnostics;

namespace CrmTelnyx.Benchmarks;

/// <summary>Samples the process's working set and managed heap every 100 ms while an import runs.</summary>
public sealed class MemorySampler : IDisposable
{
    public sealed record Sample(TimeSpan At, int Percent, long WorkingSet, long ManagedHeap);

    private readonly Process process = Process.GetCurrentProcess();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Func<int> percent;
    private readonly List<Sample> samples = [];
    private readonly Timer timer;

    public MemorySampler(Func<int> percent)
    {
        this.percent = percent;
        timer = new Timer(_ => Take(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    public IReadOnlyList<Sample> Stop()
    {
        timer.Dispose();
        Take();
        lock (samples) return samples.ToList();
    }

    public void Dispose() => timer.Dispose();

    private void Take()
    {
        process.Refresh();
        var sample = new Sample(clock.Elapsed, percent(), process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
        lock (samples) samples.Add(sample);
    }
}
