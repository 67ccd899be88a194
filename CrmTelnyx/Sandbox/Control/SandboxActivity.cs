using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmTelnyx.Sandbox.Control;

/// <summary>
/// Says "something changed in the sandbox" whenever its store saves or a webhook attempt is logged, so an open control
/// page can reload its lists without polling. In process only: the sandbox is one instance by nature.
/// </summary>
public sealed class SandboxActivity
{
    public event Action? Changed;

    public void Signal() => Changed?.Invoke();

    /// <summary>Signals after every successful SaveChanges of the sandbox's store.</summary>
    public sealed class OnSave(SandboxActivity activity) : SaveChangesInterceptor
    {
        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            activity.Signal();
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            activity.Signal();
            return ValueTask.FromResult(result);
        }
    }
}
