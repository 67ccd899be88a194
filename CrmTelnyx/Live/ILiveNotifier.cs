namespace CrmTelnyx.Live;

/// <summary>The one way features push to open pages (implemented by <see cref="LiveFeed"/>).</summary>
public interface ILiveNotifier
{
    Task PublishAsync(string topic, string name, object? data = null, CancellationToken cancellationToken = default);
}
