namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// One number sync at a time in this app (a singleton, not a static: several apps in one process, as in the tests,
/// must not wait for each other's Telnyx).
/// </summary>
public sealed class NumberSyncLock() : SemaphoreSlim(1, 1);
