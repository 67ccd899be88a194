namespace CrmTelnyx.Live;

/// <summary>One event on the live feed: <see cref="Data"/> is a typed record the subscribing page pattern-matches on.</summary>
public sealed record LiveEvent(string Topic, string Name, object? Data, DateTimeOffset At);
