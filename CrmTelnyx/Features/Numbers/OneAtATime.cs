namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Lets one <typeparamref name="TWork"/> run at a time in this app, e.g. a scheduled sync and a person's click. A
/// singleton per work, not a static: several apps in one process (the tests) must not wait for each other.
/// </summary>
public sealed class OneAtATime<TWork>() : SemaphoreSlim(1, 1);
