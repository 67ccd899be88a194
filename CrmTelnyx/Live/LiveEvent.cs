namespace CrmTelnyx.Live;

/// <summary>One push to the browsers showing <see cref="Topic"/>; <see cref="Name"/> becomes the DOM event "live:{Name}".</summary>
public sealed record LiveEvent(string Topic, string Name, object? Data, DateTimeOffset At);
